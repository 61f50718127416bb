package cn.yinling.hotline.cases.elder;

public record ElderId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
