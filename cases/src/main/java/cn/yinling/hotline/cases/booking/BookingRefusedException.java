package cn.yinling.hotline.cases.booking;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A booking, cancellation or move the rules do not allow. The reason is a stable code that
 * channels turn into words for the caller; {@code alternatives} are the nearest times that would work.
 */
public class BookingRefusedException extends RuntimeException {

    public enum Reason {
        UNKNOWN_ELDER, UNKNOWN_SERVICE, UNKNOWN_BOOKING, IN_THE_PAST, LEAD_TIME, NO_CAPACITY,
        INSUFFICIENT_BALANCE, NOT_CHANGEABLE, ALREADY_RECORDED
    }

    private final Reason reason;
    private final transient List<LocalDateTime> alternatives;
    private final LocalDateTime earliestAllowed;

    public BookingRefusedException(Reason reason, String detail) {
        this(reason, detail, null, List.of());
    }

    public BookingRefusedException(Reason reason, String detail, LocalDateTime earliestAllowed,
            List<LocalDateTime> alternatives) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.earliestAllowed = earliestAllowed;
        this.alternatives = List.copyOf(alternatives);
    }

    public Reason reason() {
        return reason;
    }

    public List<LocalDateTime> alternatives() {
        return alternatives;
    }

    /** For LEAD_TIME: the first start the lead time allows. */
    public LocalDateTime earliestAllowed() {
        return earliestAllowed;
    }
}
