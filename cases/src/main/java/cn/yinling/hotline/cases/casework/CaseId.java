package cn.yinling.hotline.cases.casework;

public record CaseId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
