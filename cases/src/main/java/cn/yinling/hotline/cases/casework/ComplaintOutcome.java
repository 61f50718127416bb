package cn.yinling.hotline.cases.casework;

/** The finding of a complaint's investigation. A complaint that was upheld, even in part, owes the elder a remedy. */
public enum ComplaintOutcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD;

    public boolean needsRemedy() {
        return this != NOT_UPHELD;
    }

    /** The timeline event that records this finding (its note is the remedy); fits case_event.kind. */
    public String eventKind() {
        return "FOUND_" + name();
    }
}
