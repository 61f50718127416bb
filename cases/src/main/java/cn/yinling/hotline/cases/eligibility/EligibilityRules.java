package cn.yinling.hotline.cases.eligibility;

import static cn.yinling.hotline.cases.CaseTexts.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who a policy is for, as written beside it in the policy file: any one of the groups, each a set
 * of conditions that must all hold. {@code startsOn}: an enrolment begins the day the rules become
 * true, or the first day of that month (default DAY). It always ends the day before they stop being true.
 */
public record EligibilityRules(StartsOn startsOn, List<RuleGroup> anyOf) {

    public void validate(String code) {
        if (anyOf == null || anyOf.isEmpty()) {
            throw new IllegalArgumentException("Invalid policy: " + code + ": eligibility needs at least one group in anyOf");
        }
        anyOf.forEach(g -> g.validate(code));
    }

    public StartsOn starts() {
        return startsOn == null ? StartsOn.DAY : startsOn;
    }

    /** The day an enrolment decided on {@code day} begins. */
    public LocalDate startFor(LocalDate day) {
        return starts() == StartsOn.MONTH ? day.withDayOfMonth(1) : day;
    }

    /**
     * Eligible with the first group met as the reason, or not with what fails: in the group whose
     * wording is {@code heldBy} (why the elder was enrolled) when there is one, else in the first group.
     */
    public Verdict check(ElderFacts facts, LocalDate day, String heldBy) {
        for (RuleGroup g : anyOf) {
            if (g.firstFailure(facts, day).isEmpty()) {
                return new Verdict(true, g.describe());
            }
        }
        RuleGroup held = anyOf.stream().filter(g -> g.describe().equals(heldBy)).findFirst().orElse(anyOf.get(0));
        Optional<String> failure = held.firstFailure(facts, day);
        return new Verdict(false, text("eligibility.ended", failure.orElseThrow()));
    }
}
