package cn.yinling.hotline.cases.casework;

/** A complaint is closed only after its outcome is recorded, so every complainant gets an answer. */
public class ComplaintOutcomeMissingException extends IllegalStateException {
    public ComplaintOutcomeMissingException(Long caseId) {
        super("Complaint " + caseId + " needs an outcome before it can be closed");
    }
}
