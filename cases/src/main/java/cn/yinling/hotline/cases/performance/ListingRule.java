package cn.yinling.hotline.cases.performance;

import cn.yinling.hotline.cases.CaseTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of the assessment file: which list a worker or provider is proposed for when every
 * condition it names holds over its window (the assessed month and the {@code months - 1} before it).
 * A condition left out does not apply. It explains its own decision, for the supervisor's review.
 *
 * @param key                 names the rule in proposals (stable: changing it is a new rule)
 * @param title               the rule as the centre words it (shown on the review page)
 * @param list                RED or BLACK
 * @param subjects            WORKER, PROVIDER or both
 * @param months              the window in months, ending with the assessed month (3: a quarter)
 * @param minVisits           at least this many visits done
 * @param minRatings          at least this many ratings (so two bad ratings alone list no one)
 * @param satisfactionBelow   satisfaction (ratings 4-5 of all ratings) below this percent
 * @param satisfactionAtLeast satisfaction at or above this percent
 * @param onTimeBelow         on-time share of visits done below this percent
 * @param upheldAtLeast       at least this many upheld complaints
 * @param upheldAtMost        at most this many upheld complaints (0: none)
 */
public record ListingRule(String key, String title, ListKind list, Set<SubjectKind> subjects, Integer months,
        Integer minVisits, Integer minRatings, BigDecimal satisfactionBelow, BigDecimal satisfactionAtLeast,
        BigDecimal onTimeBelow, Integer upheldAtLeast, Integer upheldAtMost) {

    public ListingRule {
        Objects.requireNonNull(key, "every assessment rule needs a key");
        Objects.requireNonNull(list, "rule " + key + " needs a list (RED or BLACK)");
        subjects = subjects == null || subjects.isEmpty() ? Set.of(SubjectKind.values()) : Set.copyOf(subjects);
        title = title == null ? key : title;
        if (months == null || months < 1 || months > 12) {
            throw new IllegalArgumentException("rule " + key + ": months must be 1..12, not " + months);
        }
        if (minVisits == null && minRatings == null && satisfactionBelow == null && satisfactionAtLeast == null
                && onTimeBelow == null && upheldAtLeast == null && upheldAtMost == null) {
            throw new IllegalArgumentException("rule " + key + " has no condition: it would list everyone");
        }
    }

    public boolean appliesTo(SubjectKind kind) {
        return subjects.contains(kind);
    }

    /** The explanation when every condition holds for these figures, empty when one does not. */
    public Optional<String> explain(Figures f) {
        List<String> why = new ArrayList<>();
        if (minVisits != null && !check(f.visits() >= minVisits, why, "assessment.why.minVisits", f.visits(), minVisits)) {
            return Optional.empty();
        }
        if (minRatings != null && !check(f.rated() >= minRatings, why, "assessment.why.minRatings", f.rated(), minRatings)) {
            return Optional.empty();
        }
        if (satisfactionBelow != null && !check(f.satisfactionBelow(satisfactionBelow), why,
                "assessment.why.satisfactionBelow", f.satisfactionPercent(), f.satisfied(), f.rated(),
                satisfactionBelow.toPlainString())) {
            return Optional.empty();
        }
        if (satisfactionAtLeast != null && !check(f.rated() > 0 && !f.satisfactionBelow(satisfactionAtLeast), why,
                "assessment.why.satisfactionAtLeast", f.satisfactionPercent(), f.satisfied(), f.rated(),
                satisfactionAtLeast.toPlainString())) {
            return Optional.empty();
        }
        if (onTimeBelow != null && !check(f.onTimeBelow(onTimeBelow), why, "assessment.why.onTimeBelow",
                f.onTimePercent(), f.onTime(), f.visits(), onTimeBelow.toPlainString())) {
            return Optional.empty();
        }
        if (upheldAtLeast != null && !check(f.upheld() >= upheldAtLeast, why, "assessment.why.upheldAtLeast",
                f.upheld(), upheldAtLeast)) {
            return Optional.empty();
        }
        if (upheldAtMost != null && !check(f.upheld() <= upheldAtMost, why, "assessment.why.upheldAtMost",
                f.upheld(), upheldAtMost)) {
            return Optional.empty();
        }
        return Optional.of(CaseTexts.text("assessment.why", title, months, String.join("，", why)));
    }

    private static boolean check(boolean holds, List<String> why, String key, Object... args) {
        if (holds) {
            why.add(CaseTexts.text(key, args));
        }
        return holds;
    }
}
