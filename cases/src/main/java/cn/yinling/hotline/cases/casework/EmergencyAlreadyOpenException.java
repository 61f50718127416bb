package cn.yinling.hotline.cases.casework;

/** An elder has one open emergency at a time: a second one opened by hand is refused, naming the open one. */
public class EmergencyAlreadyOpenException extends RuntimeException {

    private final long openCaseId;

    public EmergencyAlreadyOpenException(long openCaseId) {
        super("Emergency case " + openCaseId + " is open for this elder");
        this.openCaseId = openCaseId;
    }

    public long openCaseId() {
        return openCaseId;
    }
}
