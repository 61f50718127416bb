package cn.yinling.hotline.console.intake;

/**
 * The intake form as typed, kept as text so a refused form comes back exactly as the agent left it.
 * Unticked checkboxes are not sent (null); family rows are parallel arrays, consent a yes/no select
 * per row so the rows stay aligned. Public for the template's expressions.
 */
public record IntakeForm(String fullName, String sex, String birthDate, String idNumber, String registration, String address,
        String street, String community, String phones, String living, Boolean sanwu, Boolean dibao, Boolean lowIncome,
        Boolean priorityVeteran, Boolean labourModel, Boolean disabled, String healthNotes, String checkinTime,
        Boolean adlEating, Boolean adlTurning, Boolean adlToileting, Boolean adlDressing, Boolean adlMoving,
        String adlAssessedOn, String adlAssessor, String[] familyName, String[] familyRelation, String[] familyPhone,
        String[] familyConsent) {

    /** Family rows on an empty form. */
    static final int FAMILY_ROWS = 3;

    static IntakeForm empty() {
        return new IntakeForm("", "", "", "", "", "", "", "", "", "", null, null, null, null, null, null, "", "", null, null,
                null, null, null, "", "", new String[FAMILY_ROWS], new String[FAMILY_ROWS], new String[FAMILY_ROWS],
                new String[FAMILY_ROWS]);
    }

    /** The family rows to show: at least {@link #FAMILY_ROWS}, and every row typed. */
    public int familyRows() {
        return Math.max(FAMILY_ROWS, familyName == null ? 0 : familyName.length);
    }

    public String at(String[] column, int row) {
        return column != null && row < column.length && column[row] != null ? column[row] : "";
    }

    boolean anyAdl() {
        return on(adlEating) || on(adlTurning) || on(adlToileting) || on(adlDressing) || on(adlMoving)
                || (adlAssessor != null && !adlAssessor.isBlank()) || (adlAssessedOn != null && !adlAssessedOn.isBlank());
    }

    static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
