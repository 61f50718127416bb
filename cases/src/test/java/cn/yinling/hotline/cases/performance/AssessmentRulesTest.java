package cn.yinling.hotline.cases.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shipped assessment rules at their thresholds: just below, at and just above, and their minimum counts. */
class AssessmentRulesTest {

    static AssessmentRules shipped;

    @BeforeAll
    static void readTheShippedFile() throws IOException {
        try (InputStream in = AssessmentRulesTest.class.getResourceAsStream("/policies/assessment-rules.yml")) {
            shipped = AssessmentRules.parse(in);
        }
    }

    static ListingRule rule(String key) {
        return shipped.rules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** Figures with {@code satisfied} of {@code rated} ratings and {@code upheld} upheld complaints. */
    static Figures rated(int rated, int satisfied, int upheld) {
        return new Figures(rated, rated, rated, rated, satisfied * 5 + (rated - satisfied) * 2, satisfied, upheld);
    }

    @Test
    void theFileSaysTheGraceAndWhichOutcomesCountAsUpheld() {
        assertThat(shipped.onTimeGraceMinutes()).isEqualTo(15);
        assertThat(shipped.upheldOutcomes()).containsExactlyInAnyOrder(ComplaintOutcome.UPHELD, ComplaintOutcome.PARTLY_UPHELD);
    }

    @Nested
    class SatisfactionBelowEightyPercentWithAtLeastFiveRatingsIsBlack {

        ListingRule r = rule("low-satisfaction");

        @Test
        void justBelowTheThresholdLists() {
            assertThat(r.explain(rated(100, 79, 0))).hasValueSatisfying(why -> assertThat(why)
                    .contains("满意率低于80%").contains("满意率79.0%（79/100）低于80%").contains("评价100次（至少5次）"));
        }

        @Test
        void atTheThresholdDoesNotList() {
            assertThat(r.explain(rated(100, 80, 0))).isEmpty();
            assertThat(r.explain(rated(5, 4, 0))).isEmpty();
        }

        @Test
        void justAboveTheThresholdDoesNotList() {
            assertThat(r.explain(rated(100, 81, 0))).isEmpty();
        }

        @Test
        void fewerThanFiveRatingsListNoOneHoweverPoor() {
            assertThat(r.explain(rated(4, 0, 0))).isEmpty();
            assertThat(r.explain(rated(5, 3, 0))).isPresent();
        }

        @Test
        void noRatingsAtAllListNoOne() {
            assertThat(r.explain(new Figures(30, 30, 30, 0, 0, 0, 0))).isEmpty();
        }
    }

    @Nested
    class TwoUpheldComplaintsInAQuarterIsBlack {

        ListingRule r = rule("upheld-complaints");

        @Test
        void looksAtThreeMonthsForBothListsTheWorkerAndTheProvider() {
            assertThat(r.months()).isEqualTo(3);
            assertThat(r.list()).isEqualTo(ListKind.BLACK);
            assertThat(r.appliesTo(SubjectKind.WORKER)).isTrue();
            assertThat(r.appliesTo(SubjectKind.PROVIDER)).isTrue();
        }

        @Test
        void oneIsNotEnoughTwoAndThreeAre() {
            assertThat(r.explain(rated(10, 10, 1))).isEmpty();
            assertThat(r.explain(rated(10, 10, 2))).hasValueSatisfying(why -> assertThat(why).contains("有效投诉2次（达到2次）"));
            assertThat(r.explain(rated(10, 10, 3))).isPresent();
        }

        @Test
        void countsEvenWithoutAnyVisitOrRating() {
            assertThat(r.explain(new Figures(0, 0, 0, 0, 0, 0, 2))).isPresent();
        }
    }

    @Nested
    class SustainedHighSatisfactionWithoutUpheldComplaintsIsRed {

        ListingRule r = rule("sustained-satisfaction");

        @Test
        void atNinetyEightPercentWithTenRatingsLists() {
            assertThat(r.explain(rated(50, 49, 0))).isPresent();
            assertThat(r.explain(rated(10, 10, 0))).isPresent();
        }

        @Test
        void justBelowNinetyEightPercentDoesNot() {
            assertThat(r.explain(rated(100, 97, 0))).isEmpty();
        }

        @Test
        void justAboveLists() {
            assertThat(r.explain(rated(100, 99, 0))).isPresent();
        }

        @Test
        void nineRatingsAreTooFew() {
            assertThat(r.explain(rated(9, 9, 0))).isEmpty();
        }

        @Test
        void oneUpheldComplaintSpoilsIt() {
            assertThat(r.explain(rated(50, 50, 1))).isEmpty();
        }
    }

    @Test
    void onTimeRuleCountsVisitsWithoutCheckInAsNotOnTime() {
        AssessmentRules rules = parse("""
                on-time-grace-minutes: 10
                rules:
                  - key: late
                    list: BLACK
                    months: 1
                    min-visits: 4
                    on-time-below: 75
                """);
        ListingRule late = rules.rules().get(0);
        assertThat(late.appliesTo(SubjectKind.PROVIDER)).isTrue();
        assertThat(late.explain(new Figures(4, 3, 3, 0, 0, 0, 0))).isEmpty(); // 75%: at the threshold
        assertThat(late.explain(new Figures(4, 2, 2, 0, 0, 0, 0))).isPresent(); // two without check-in
        assertThat(late.explain(new Figures(3, 0, 0, 0, 0, 0, 0))).isEmpty(); // fewer than four visits
        assertThat(rules.upheldOutcomes()).containsExactly(ComplaintOutcome.UPHELD);
    }

    @Test
    void aRuleWithoutConditionsOrWithTwinKeysStopsTheStart() {
        assertThatThrownBy(() -> parse("on-time-grace-minutes: 0\nrules:\n  - key: all\n    list: BLACK\n    months: 1\n"))
                .hasStackTraceContaining("no condition");
        assertThatThrownBy(() -> parse("""
                on-time-grace-minutes: 0
                rules:
                  - {key: a, list: RED, months: 1, min-ratings: 1}
                  - {key: a, list: BLACK, months: 1, min-ratings: 1}
                """)).hasStackTraceContaining("share a key");
        assertThatThrownBy(() -> parse("on-time-grace-minutes: 0\nrules:\n  - {key: a, list: RED, months: 0, min-ratings: 1}\n"))
                .hasStackTraceContaining("months must be 1..12");
        assertThatThrownBy(() -> parse("rules: []\n")).hasStackTraceContaining("on-time-grace-minutes is required");
    }

    @Test
    void figuresShowSharesWithOneDecimalAndNothingWhenThereIsNothingToShare() {
        Figures f = new Figures(3, 2, 1, 3, 11, 2, 0);
        assertThat(f.satisfactionPercent()).hasToString("66.7");
        assertThat(f.onTimePercent()).hasToString("33.3");
        assertThat(f.averageRating()).hasToString("3.67");
        assertThat(f.unproven()).isEqualTo(1);
        assertThat(Figures.NONE.satisfactionPercent()).isNull();
        assertThat(Optional.ofNullable(Figures.NONE.averageRating())).isEmpty();
    }

    private static AssessmentRules parse(String yaml) {
        return AssessmentRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
