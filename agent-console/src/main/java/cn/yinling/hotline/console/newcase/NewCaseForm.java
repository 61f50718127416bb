package cn.yinling.hotline.console.newcase;

/**
 * The new-case form as typed: {@code elderId} from the elder chosen among the search results (empty
 * with {@code callerPhone} for an unregistered caller), then how, what kind, and the first note.
 * Strings throughout, so a refused form comes back exactly as typed.
 */
record NewCaseForm(String elderId, String callerPhone, String way, String type, String complaintType, String severity,
        String note) {

    static final NewCaseForm EMPTY = new NewCaseForm(null, null, null, null, null, null, null);

    /** The same form with an elder chosen (from a search, or the elder's record page). */
    NewCaseForm choosing(String chosen) {
        return new NewCaseForm(chosen, callerPhone, way, type, complaintType, severity, note);
    }

    public boolean unknownCaller() {
        return elderId == null || elderId.isBlank();
    }
}
