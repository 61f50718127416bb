package cn.yinling.hotline.cases.eligibility;

import cn.yinling.hotline.cases.elderimport.ElderImport;
import cn.yinling.hotline.cases.elderimport.ImportColumn;
import cn.yinling.hotline.cases.elderimport.ImportReport;
import cn.yinling.hotline.cases.elderimport.ImportRow;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.assessment.AssessmentKind;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.intake.ElderIntake;
import cn.yinling.hotline.cases.intake.NewElder;
import cn.yinling.hotline.cases.policy.EnrolmentSource;
import cn.yinling.hotline.cases.support.IdNumbers;
import cn.yinling.hotline.cases.support.Race;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Elders enrolled into and out of policies by the rules, as their records change, on birthdays and
 * when the policy file changes; staff overrides stand until removed. This deployment applies the
 * Anqing policies and the rural 75–79 one (test clock: Monday 2026-03-02).
 */
@TestPropertySource(properties = "hotline.cases.eligibility.automatic-policies=ANQING_FREE,ANQING_LOW_COST,RURAL_75_79")
class AutomaticEnrolmentTest extends CasesSpringTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ElderIntake intake;
    @Autowired
    Elders elders;
    @Autowired
    AdlAssessments assessments;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Reevaluation reevaluation;
    @Autowired
    PolicyRules rules;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nightlyCheckNeverRanYet() {
        jdbc.update("update eligibility_sweep set last_day = null");
    }

    ElderId takeIn(LocalDate born, Registration registration, LivingSituation living, ElderFlags flags, Adl adl) {
        NewElder form = new NewElder("周桂英", null, null, IdNumbers.fresh(born, false), registration,
                "测试路" + System.nanoTime() + "号", "测试街道", community, List.of(), List.of(), living, flags, null, null,
                adl, adl == null ? null : TODAY, "社区护士");
        ElderIntake.Outcome out = intake.register(form, "agent1");
        assertThat(out.problems()).isEmpty();
        return out.elderId();
    }

    ElderId farmer(LocalDate born) {
        return takeIn(born, Registration.RURAL, LivingSituation.WITH_FAMILY, ElderFlags.none(), null);
    }

    List<Enrolments.Line> current(ElderId id) {
        return enrolments.history(id).stream().filter(Enrolments.Line::current).toList();
    }

    void on(LocalDate day) {
        clock.set(day.atTime(0, 1));
    }

    @Autowired
    ElderImport elderImport;

    @Test
    void anElderImportedFromASpreadsheetIsEnrolledAsOneTakenInOnTheConsole() {
        String idNumber = IdNumbers.fresh(LocalDate.of(1949, 1, 10), false);
        Map<ImportColumn, String> cells = Map.of(ImportColumn.FULL_NAME, "吴秀珍", ImportColumn.ID_NUMBER, idNumber,
                ImportColumn.REGISTRATION, "农村", ImportColumn.STREET, "测试街道", ImportColumn.COMMUNITY, community,
                ImportColumn.ADDRESS, "导入路" + System.nanoTime() + "号", ImportColumn.LIVING, "与家人同住");
        ImportReport report = elderImport.run(cells.keySet(), List.of(new ImportRow(2, cells, Set.of())), "supervisor",
                row -> { });
        ElderId id = report.rows().get(0).elderId();
        assertThat(current(id)).singleElement().satisfies(l -> {
            assertThat(l.policyCode()).isEqualTo("RURAL_75_79");
            assertThat(l.startedBy()).isEqualTo("INTAKE");
        });
    }

    @Nested
    class WhenTakenIn {

        @Test
        void aRuralElderOf77IsEnrolledFromTheFirstOfTheMonthWithTheReason() {
            ElderId id = farmer(LocalDate.of(1949, 1, 10));
            assertThat(current(id)).singleElement().satisfies(l -> {
                assertThat(l.policyCode()).isEqualTo("RURAL_75_79");
                assertThat(l.from()).isEqualTo(LocalDate.of(2026, 3, 1));
                assertThat(l.to()).isNull();
                assertThat(l.source()).isEqualTo(EnrolmentSource.RULES);
                assertThat(l.startReason()).isEqualTo("年满75周岁，农村户籍");
                assertThat(l.startedBy()).isEqualTo("INTAKE");
            });
        }

        @Test
        void theBalanceQuestionThenHasAnAnswer() {
            ElderId id = farmer(LocalDate.of(1949, 1, 10));
            List<Balance> balances = entitlements.balances(id);
            assertThat(balances).singleElement().satisfies(b -> {
                assertThat(b.policyCode()).isEqualTo("RURAL_75_79");
                assertThat(b.available()).isEqualTo(100_00);
            });
        }

        @Test
        void anElderMeetingNoRuleIsNotEnrolled() {
            ElderId id = takeIn(LocalDate.of(1956, 1, 1), Registration.URBAN, LivingSituation.WITH_FAMILY, ElderFlags.none(),
                    null);
            assertThat(enrolments.history(id)).isEmpty();
            assertThat(entitlements.balances(id)).isEmpty();
        }

        @Test
        void theFreePolicyTakesPrecedenceOverTheLowCostOneBothMatch() {
            ElderId id = takeIn(LocalDate.of(1950, 1, 1), Registration.URBAN, LivingSituation.EMPTY_NEST,
                    new ElderFlags(false, true, false, false, false, false), new Adl(true, true, true, false, false));
            assertThat(current(id)).singleElement().satisfies(l -> {
                assertThat(l.policyCode()).isEqualTo("ANQING_FREE");
                // decided once the whole record was in, not by its intake ADL assessment on the way
                assertThat(l.startedBy()).isEqualTo("INTAKE");
            });
        }
    }

    @Nested
    class OnBirthdays {

        final LocalDate born = LocalDate.of(1951, 3, 5);

        @Test
        void notTheDayBeforeThe75thButOnItFromTheFirstOfThatMonth() {
            ElderId id = farmer(born);
            on(LocalDate.of(2026, 3, 4));
            reevaluation.birthdays(LocalDate.of(2026, 3, 4));
            assertThat(enrolments.history(id)).isEmpty();

            on(LocalDate.of(2026, 3, 5));
            assertThat(reevaluation.birthdays(LocalDate.of(2026, 3, 5))).isPositive();
            assertThat(current(id)).singleElement().satisfies(l -> {
                assertThat(l.from()).isEqualTo(LocalDate.of(2026, 3, 1));
                assertThat(l.startedBy()).isEqualTo("BIRTHDAY");
            });
        }

        @Test
        void stillTheDayBeforeThe80thAndEndedOnItWithTheReason() {
            ElderId id = farmer(LocalDate.of(1946, 3, 5));
            assertThat(current(id)).hasSize(1);
            on(LocalDate.of(2026, 3, 4));
            reevaluation.birthdays(LocalDate.of(2026, 3, 4));
            assertThat(current(id)).hasSize(1);

            on(LocalDate.of(2026, 3, 5));
            reevaluation.birthdays(LocalDate.of(2026, 3, 5));
            assertThat(enrolments.history(id)).singleElement().satisfies(l -> {
                assertThat(l.current()).isFalse();
                assertThat(l.from()).isEqualTo(LocalDate.of(2026, 3, 1));
                assertThat(l.to()).isEqualTo(LocalDate.of(2026, 3, 4));
                assertThat(l.endReason()).isEqualTo("年满80周岁，不再符合");
                assertThat(l.endedBy()).isEqualTo("BIRTHDAY");
            });
        }

        @Test
        void aMissedNightIsCaughtUpAsOfTheBirthdayItself() {
            ElderId id = farmer(born);
            reevaluation.birthdays(LocalDate.of(2026, 3, 3));
            on(LocalDate.of(2026, 4, 2));
            reevaluation.birthdays(LocalDate.of(2026, 4, 2));
            assertThat(current(id)).singleElement()
                    .satisfies(l -> assertThat(l.from()).isEqualTo(LocalDate.of(2026, 3, 1)));
        }

        @Test
        void runsOnceADayAcrossTwoNodes() throws Exception {
            ElderId id = farmer(LocalDate.of(1951, 3, 7));
            reevaluation.birthdays(LocalDate.of(2026, 3, 6));
            on(LocalDate.of(2026, 3, 7));
            List<Integer> results = new CopyOnWriteArrayList<>();
            Race.race(2, i -> results.add(reevaluation.birthdays(LocalDate.of(2026, 3, 7))));
            assertThat(results).containsExactlyInAnyOrder(0, results.stream().mapToInt(Integer::intValue).sum());
            assertThat(results.stream().mapToInt(Integer::intValue).sum()).isPositive();
            assertThat(enrolments.history(id)).hasSize(1);
            assertThat(reevaluation.birthdays(LocalDate.of(2026, 3, 7))).isZero();
        }
    }

    @Nested
    class WhenTheRecordChanges {

        @Test
        void aChangedHouseholdRegistrationEndsTheRuralPolicyTheDayBefore() {
            ElderId id = farmer(LocalDate.of(1949, 1, 10));
            on(LocalDate.of(2026, 3, 20));
            intake.correctIdentity(id, "周桂英", null, Registration.URBAN);
            assertThat(enrolments.history(id)).singleElement().satisfies(l -> {
                assertThat(l.to()).isEqualTo(LocalDate.of(2026, 3, 19));
                assertThat(l.endReason()).isEqualTo("非农村户籍，不再符合");
                assertThat(l.endedBy()).isEqualTo("RECORD");
            });
        }

        @Test
        void anAdlAssessmentCrossingThreeOfFiveEnrols() {
            ElderId id = takeIn(LocalDate.of(1955, 1, 1), Registration.URBAN, LivingSituation.EMPTY_NEST,
                    new ElderFlags(false, true, false, false, false, false), new Adl(true, true, false, false, false));
            assertThat(enrolments.history(id)).isEmpty();
            on(LocalDate.of(2026, 3, 10));
            assessments.record(id, LocalDate.of(2026, 3, 10), AssessmentKind.REASSESSMENT, "社区护士",
                    new Adl(true, true, true, false, false), null, "agent1");
            assertThat(current(id)).singleElement().satisfies(l -> {
                assertThat(l.policyCode()).isEqualTo("ANQING_FREE");
                assertThat(l.from()).isEqualTo(LocalDate.of(2026, 3, 10));
                assertThat(l.startReason()).isEqualTo("生活不能自理且身边无子女照顾的低保老人");
                assertThat(l.startedBy()).isEqualTo("ADL_ASSESSMENT");
            });
        }

        @Test
        void editedFlagsEndOnePolicyAndStartTheNext() {
            ElderId id = takeIn(LocalDate.of(1950, 1, 1), Registration.URBAN, LivingSituation.EMPTY_NEST,
                    new ElderFlags(true, false, true, false, false, false), null);
            assertThat(current(id)).singleElement().satisfies(l -> assertThat(l.policyCode()).isEqualTo("ANQING_FREE"));
            on(LocalDate.of(2026, 3, 15));
            elders.update(id, e -> e.setFlags(new ElderFlags(false, false, true, false, false, false)));
            List<Enrolments.Line> all = enrolments.history(id);
            assertThat(all).extracting(Enrolments.Line::policyCode).containsExactly("ANQING_LOW_COST", "ANQING_FREE");
            assertThat(all.get(1).to()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(all.get(1).endReason()).isEqualTo("不属于三无老人，不再符合");
            assertThat(all.get(0).from()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(all.get(0).startReason()).isEqualTo("有一定经济来源但生活仍很困难的低收入老人");
        }

        @Test
        void aSameDayCorrectionWithdrawsTheEnrolmentSoItCoversNoDay() {
            ElderId id = takeIn(LocalDate.of(1950, 1, 1), Registration.URBAN, LivingSituation.ALONE,
                    new ElderFlags(true, false, false, false, false, false), null);
            elders.update(id, e -> e.setFlags(ElderFlags.none()));
            assertThat(enrolments.history(id)).singleElement().satisfies(l -> assertThat(l.withdrawn()).isTrue());
            assertThat(entitlements.coverageFor(id, TODAY)).isEmpty();
        }
    }

    @Nested
    class StaffOverrides {

        @Test
        void anInclusionSurvivesEveryReevaluationUntilRemoved() {
            ElderId id = takeIn(LocalDate.of(1956, 1, 1), Registration.URBAN, LivingSituation.WITH_FAMILY,
                    ElderFlags.none(), null);
            assertThat(enrolments.override(id, "ANQING_LOW_COST", OverrideEffect.INCLUDE, "街道评估：家庭特殊困难",
                    "supervisor")).isEmpty();
            elders.update(id, e -> e.setLivingSituation(LivingSituation.ALONE));
            reevaluation.birthdays(TODAY);
            assertThat(current(id)).singleElement().satisfies(l -> {
                assertThat(l.policyCode()).isEqualTo("ANQING_LOW_COST");
                assertThat(l.source()).isEqualTo(EnrolmentSource.STAFF);
                assertThat(l.startReason()).isEqualTo("街道评估：家庭特殊困难");
                assertThat(l.startedBy()).isEqualTo("supervisor");
            });

            Long overrideId = enrolments.overrides(id).get(0).id();
            on(LocalDate.of(2026, 3, 9));
            assertThat(enrolments.removeOverride(id, overrideId, "困难已解决", "supervisor")).isEmpty();
            assertThat(current(id)).isEmpty();
            assertThat(enrolments.history(id)).singleElement().satisfies(l -> {
                assertThat(l.to()).isEqualTo(LocalDate.of(2026, 3, 8));
                assertThat(l.endReason()).isEqualTo("工作人员撤销决定：困难已解决");
                assertThat(l.endedBy()).isEqualTo("supervisor");
            });
        }

        @Test
        void anExclusionEndsTheRulesEnrolmentAndKeepsItEnded() {
            ElderId id = farmer(LocalDate.of(1949, 1, 10));
            on(LocalDate.of(2026, 3, 10));
            assertThat(enrolments.override(id, "RURAL_75_79", OverrideEffect.EXCLUDE, "已迁往外地居住", "supervisor"))
                    .isEmpty();
            elders.update(id, e -> e.setFlags(ElderFlags.none()));
            reevaluation.birthdays(LocalDate.of(2026, 3, 10));
            assertThat(current(id)).isEmpty();
            assertThat(enrolments.history(id)).singleElement().satisfies(l -> {
                assertThat(l.to()).isEqualTo(LocalDate.of(2026, 3, 9));
                assertThat(l.endReason()).isEqualTo("工作人员决定不享受：已迁往外地居住");
            });
        }

        @Test
        void theLongestReasonIsKeptWholeWithItsWording() {
            ElderId id = farmer(LocalDate.of(1949, 1, 10));
            String longest = "迁".repeat(Enrolments.LONGEST_REASON);
            on(LocalDate.of(2026, 3, 10));
            assertThat(enrolments.override(id, "RURAL_75_79", OverrideEffect.EXCLUDE, longest, "supervisor")).isEmpty();
            assertThat(enrolments.history(id).get(0).endReason()).endsWith(longest);
            assertThat(enrolments.override(id, "RURAL_75_79", OverrideEffect.EXCLUDE, longest + "迁", "supervisor"))
                    .contains(Enrolments.Problem.REASON_TOO_LONG);
        }

        @Test
        void anOverrideNeedsAReasonAndAKnownPolicy() {
            ElderId id = farmer(LocalDate.of(1949, 1, 10));
            assertThat(enrolments.override(id, "RURAL_75_79", OverrideEffect.EXCLUDE, "  ", "supervisor"))
                    .contains(Enrolments.Problem.REASON_MISSING);
            assertThat(enrolments.override(id, "NOWHERE", OverrideEffect.EXCLUDE, "原因", "supervisor"))
                    .contains(Enrolments.Problem.POLICY_UNKNOWN);
            assertThat(enrolments.overrides(id)).isEmpty();
        }
    }

    @Test
    void aChangedPolicyFileReevaluatesEveryoneOnce() {
        ElderId at72 = farmer(LocalDate.of(1953, 6, 1));
        assertThat(enrolments.history(at72)).isEmpty();
        EligibilityRules original = rules.of("RURAL_75_79").orElseThrow();
        EligibilityRules from70 = new EligibilityRules(StartsOn.MONTH, List.of(new RuleGroup("年满70周岁，农村户籍",
                new AgeRange(70, 79), Registration.RURAL, null, null, null, null, null, null, null)));
        try {
            rules.define("RURAL_75_79", from70);
            assertThat(reevaluation.everyoneIfRulesChanged()).isPositive();
            assertThat(current(at72)).singleElement().satisfies(l -> {
                assertThat(l.startReason()).isEqualTo("年满70周岁，农村户籍");
                assertThat(l.startedBy()).isEqualTo("POLICY_FILE");
            });
            assertThat(reevaluation.everyoneIfRulesChanged()).isZero();
        } finally {
            rules.define("RURAL_75_79", original);
            reevaluation.everyoneIfRulesChanged();
        }
        assertThat(current(at72)).isEmpty();
        assertThat(enrolments.history(at72)).singleElement()
                .satisfies(l -> assertThat(l.endReason()).isEqualTo("未满75周岁，不再符合"));
    }
}
