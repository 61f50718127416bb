package cn.yinling.hotline.cases.eligibility;

import static cn.yinling.hotline.cases.CaseTexts.text;

import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One way to qualify for a policy: every condition given must hold (absent ones do not count).
 * {@code label} is the policy text's wording, shown as the reason; without one the conditions are
 * described. {@code unableToSelfCare}: 生活不能自理, 3 or more of the 5 ADL items need help.
 */
public record RuleGroup(String label, AgeRange age, Registration registration, List<ElderFlag> flagsAny,
        List<ElderFlag> flagsAll, List<ElderFlag> flagsNone, Boolean unableToSelfCare,
        List<LivingSituation> livingSituations, List<String> streets, List<String> communities) {

    /** A label is a reason on the record (column of 400 with the words around it). */
    static final int LONGEST_LABEL = 200;

    void validate(String code) {
        if (label != null && label.strip().length() > LONGEST_LABEL) {
            throw new IllegalArgumentException("Invalid policy: " + code + ": a label has at most " + LONGEST_LABEL + " characters");
        }
        if (age != null) {
            age.validate(code);
        }
        boolean any = age != null || registration != null || present(flagsAny) || present(flagsAll) || present(flagsNone)
                || unableToSelfCare != null || present(livingSituations) || present(streets) || present(communities);
        if (!any) {
            throw new IllegalArgumentException("Invalid policy: " + code + ": a rule group without conditions would take everyone");
        }
    }

    /** The first condition the elder does not meet on the day, in words; empty when every one holds. */
    public Optional<String> firstFailure(ElderFacts f, LocalDate day) {
        if (age != null && f.birthDate() != null) {
            int years = f.ageOn(day);
            if (age.min() != null && years < age.min()) {
                return Optional.of(text("eligibility.fail.under", age.min()));
            }
            if (age.max() != null && years > age.max()) {
                return Optional.of(text("eligibility.fail.over", age.max() + 1));
            }
        } else if (age != null) {
            return Optional.of(text("eligibility.fail.noBirthDate"));
        }
        if (registration != null && registration != f.registration()) {
            return Optional.of(text("eligibility.fail.registration", text("eligibility.registration." + registration)));
        }
        if (present(flagsAny) && flagsAny.stream().noneMatch(f.flags()::contains)) {
            return Optional.of(text("eligibility.fail.flags", names(flagsAny, "、", this::flag)));
        }
        if (present(flagsAll) && !f.flags().containsAll(flagsAll)) {
            return Optional.of(text("eligibility.fail.flags",
                    names(flagsAll.stream().filter(x -> !f.flags().contains(x)).toList(), "、", this::flag)));
        }
        if (present(flagsNone) && flagsNone.stream().anyMatch(f.flags()::contains)) {
            return Optional.of(text("eligibility.fail.flagsNone",
                    names(flagsNone.stream().filter(f.flags()::contains).toList(), "、", this::flag)));
        }
        if (unableToSelfCare != null && unableToSelfCare != unable(f)) {
            return Optional.of(text(unableToSelfCare ? "eligibility.selfCare.able" : "eligibility.selfCare.unable"));
        }
        if (present(livingSituations) && !livingSituations.contains(f.livingSituation())) {
            return Optional.of(text("eligibility.fail.living", names(livingSituations, "、", this::living)));
        }
        if (present(streets) && !streets.contains(f.street())) {
            return Optional.of(text("eligibility.fail.area", String.join("、", streets)));
        }
        if (present(communities) && !communities.contains(f.community())) {
            return Optional.of(text("eligibility.fail.area", String.join("、", communities)));
        }
        return Optional.empty();
    }

    /** The reason recorded when an elder qualifies this way. */
    public String describe() {
        if (label != null && !label.isBlank()) {
            return label.strip();
        }
        List<String> parts = new ArrayList<>();
        if (age != null) {
            parts.add(age.max() == null ? text("eligibility.age.from", age.min())
                    : age.min() == null ? text("eligibility.fail.under", age.max() + 1)
                    : text("eligibility.age.range", age.min(), age.max()));
        }
        if (registration != null) {
            parts.add(text("eligibility.registration." + registration));
        }
        if (present(flagsAny)) {
            parts.add(names(flagsAny, "或", this::flag));
        }
        if (present(flagsAll)) {
            parts.add(names(flagsAll, "、", this::flag));
        }
        if (present(flagsNone)) {
            parts.add(text("eligibility.not", names(flagsNone, "、", this::flag)));
        }
        if (unableToSelfCare != null) {
            parts.add(text(unableToSelfCare ? "eligibility.selfCare.unable" : "eligibility.selfCare.able"));
        }
        if (present(livingSituations)) {
            parts.add(names(livingSituations, "或", this::living));
        }
        if (present(streets)) {
            parts.add(String.join("或", streets));
        }
        if (present(communities)) {
            parts.add(String.join("或", communities));
        }
        return String.join("，", parts);
    }

    private static boolean unable(ElderFacts f) {
        return f.adlItemsNeedingHelp() >= cn.yinling.hotline.cases.elder.Adl.UNABLE_TO_SELF_CARE_THRESHOLD;
    }

    private String flag(ElderFlag f) {
        return text("eligibility.flag." + f);
    }

    private String living(LivingSituation s) {
        return text("eligibility.living." + s);
    }

    private static <T> String names(List<T> items, String joiner, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.joining(joiner));
    }

    private static boolean present(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
