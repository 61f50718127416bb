package cn.yinling.hotline.cases.followup;

/** Why a follow-up call cannot be scheduled; the console words each reason. */
public class FollowUpRefusedException extends RuntimeException {

    public enum Reason { IN_THE_PAST, TOO_FAR_AHEAD, UNKNOWN_BOOKING }

    private final Reason reason;

    public FollowUpRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
