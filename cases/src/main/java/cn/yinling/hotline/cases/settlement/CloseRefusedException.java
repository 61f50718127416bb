package cn.yinling.hotline.cases.settlement;

import java.time.YearMonth;

/** Why a month could not be closed. */
public class CloseRefusedException extends IllegalStateException {

    public enum Reason {
        /** The month has not ended yet. */
        NOT_ENDED,
        ALREADY_CLOSED,
        /** A visit of the month does not match the ledger: it must be put right before the figures are final. */
        NOT_RECONCILED
    }

    private final Reason reason;
    private final YearMonth month;

    CloseRefusedException(Reason reason, YearMonth month) {
        super("Cannot close " + month + ": " + reason);
        this.reason = reason;
        this.month = month;
    }

    public Reason reason() {
        return reason;
    }

    public YearMonth month() {
        return month;
    }
}
