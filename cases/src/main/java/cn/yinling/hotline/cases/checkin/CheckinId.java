package cn.yinling.hotline.cases.checkin;

/** One check-in call attempt, as carried on the outbound call's channel variables. */
public record CheckinId(long value) {

    public static CheckinId parse(String text) {
        return new CheckinId(Long.parseLong(text.strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
