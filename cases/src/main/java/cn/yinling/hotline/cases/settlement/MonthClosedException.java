package cn.yinling.hotline.cases.settlement;

import java.time.YearMonth;

/** A change that would alter the figures of a month already closed for settlement. */
public class MonthClosedException extends IllegalStateException {

    private final YearMonth month;

    public MonthClosedException(YearMonth month) {
        super("Settlement month " + month + " is closed");
        this.month = month;
    }

    public YearMonth month() {
        return month;
    }
}
