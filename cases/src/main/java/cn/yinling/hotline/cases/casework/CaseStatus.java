package cn.yinling.hotline.cases.casework;

public enum CaseStatus {
    OPEN, CLAIMED, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this == OPEN || this == CLAIMED;
    }
}
