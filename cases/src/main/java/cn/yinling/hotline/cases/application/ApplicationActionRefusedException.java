package cn.yinling.hotline.cases.application;

/** An action the workflow does not allow now, or not to this person, or without what it needs. */
public class ApplicationActionRefusedException extends RuntimeException {

    private final ApplicationRefusal reason;

    public ApplicationActionRefusedException(ApplicationRefusal reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public ApplicationRefusal reason() {
        return reason;
    }
}
