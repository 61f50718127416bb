package cn.yinling.hotline.cases.settlement;

/** A settlement month's states: open while visits may still settle in it, closed for good once a supervisor closes it. */
public enum MonthState {
    OPEN, CLOSED;

    boolean canBecome(MonthState next) {
        return this == OPEN && next == CLOSED;
    }
}
