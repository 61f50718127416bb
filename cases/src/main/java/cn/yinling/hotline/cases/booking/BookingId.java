package cn.yinling.hotline.cases.booking;

public record BookingId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
