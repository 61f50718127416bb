package cn.yinling.hotline.cases.visit;

/** A staff action the visit's state does not allow; {@code reason} names it for the console's wording. */
public class VisitRefusedException extends RuntimeException {

    public enum Reason { NOT_HELD, ALREADY_ARRIVED, NOT_ARRIVED, ALREADY_LEFT, NOT_ISSUED, BAD_TIME, BAD_MINUTES, NO_REASON, BAD_DECISION }

    private final Reason reason;

    public VisitRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
