package cn.yinling.hotline.cases.performance;

/** A decision on a listing that cannot be made: no reason (or one too long), or the listing is no longer in that state. */
public class ListingRefusedException extends RuntimeException {

    public enum Reason { NO_REASON, REASON_TOO_LONG, WRONG_STATE, UNKNOWN }

    private final Reason reason;

    ListingRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
