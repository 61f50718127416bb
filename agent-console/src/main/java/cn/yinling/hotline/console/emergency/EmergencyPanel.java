package cn.yinling.hotline.console.emergency;

import java.util.List;

/**
 * What the case page of an emergency shows above everything else: where to send help, whom to
 * call, and the centre's procedure as a checklist.
 *
 * @param caseId        the case
 * @param address       community and address; null for a caller nobody has identified
 * @param elderPhones   the elder's registered numbers
 * @param family        the family contacts with their numbers
 * @param procedureName what the centre calls its procedure
 * @param steps         the procedure's steps, each ticked or not on this case
 * @param canTick       whether the viewer may tick steps (the case's holder or a supervisor, while it is open)
 */
public record EmergencyPanel(long caseId, String address, List<String> elderPhones, List<FamilyPhones> family,
        String procedureName, List<StepLine> steps, boolean canTick) {

    public record FamilyPhones(String name, String relation, List<String> phones) {
    }

    public record StepLine(String key, String title, String detail, boolean done, String doneBy) {
    }
}
