package cn.yinling.hotline.cases.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.policy.PolicyCatalogLoaderAccess;
import cn.yinling.hotline.cases.policy.PolicyDefinition;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seed policies' eligibility rules read like the policy texts, at their boundaries. */
class EligibilityRulesTest {

    static final Map<String, EligibilityRules> SEED = PolicyCatalogLoaderAccess.seed().stream()
            .collect(Collectors.toMap(PolicyDefinition::code, PolicyDefinition::eligibility));

    static ElderFacts elder(LocalDate born, Registration reg, Set<ElderFlag> flags, int adlItems, LivingSituation living) {
        return new ElderFacts(born, reg, flags, adlItems, living, "银铃街道", "桂花社区");
    }

    @Nested
    class Rural75To79 {
        final EligibilityRules rural = SEED.get("RURAL_75_79");
        final LocalDate born = LocalDate.of(1951, 3, 5);
        final ElderFacts farmer = elder(born, Registration.RURAL, Set.of(), 0, LivingSituation.WITH_FAMILY);

        @Test
        void notTheDayBeforeThe75thBirthday() {
            Verdict v = rural.check(farmer, LocalDate.of(2026, 3, 4), null);
            assertThat(v.eligible()).isFalse();
            assertThat(v.reason()).isEqualTo("未满75周岁，不再符合");
        }

        @Test
        void fromThe75thBirthdayWithTheReasonOfThePolicyText() {
            assertThat(rural.check(farmer, LocalDate.of(2026, 3, 5), null)).isEqualTo(new Verdict(true, "年满75周岁，农村户籍"));
        }

        @Test
        void fromTheFirstOfTheMonthOfThatBirthday() {
            assertThat(rural.startFor(LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 3, 1));
        }

        @Test
        void stillTheDayBeforeThe80thAndNotOnIt() {
            assertThat(rural.check(farmer, LocalDate.of(2031, 3, 4), null).eligible()).isTrue();
            Verdict at80 = rural.check(farmer, LocalDate.of(2031, 3, 5), "年满75周岁，农村户籍");
            assertThat(at80).isEqualTo(new Verdict(false, "年满80周岁，不再符合"));
        }

        @Test
        void notWithAnUrbanRegistration() {
            ElderFacts moved = elder(born, Registration.URBAN, Set.of(), 0, LivingSituation.WITH_FAMILY);
            assertThat(rural.check(moved, LocalDate.of(2027, 1, 1), null).reason()).isEqualTo("非农村户籍，不再符合");
        }

        @Test
        void aLeapDayBirthdayCountsFromTheFirstOfMarch() {
            ElderFacts leap = elder(LocalDate.of(1952, 2, 29), Registration.RURAL, Set.of(), 0, LivingSituation.ALONE);
            assertThat(rural.check(leap, LocalDate.of(2027, 2, 28), null).eligible()).isFalse();
            assertThat(rural.check(leap, LocalDate.of(2027, 3, 1), null).eligible()).isTrue();
        }
    }

    @Nested
    class AnqingFree {
        final EligibilityRules free = SEED.get("ANQING_FREE");
        final LocalDate day = LocalDate.of(2026, 6, 1);

        @Test
        void urbanSanwuFrom70() {
            ElderFacts at69 = elder(LocalDate.of(1956, 6, 2), Registration.URBAN, Set.of(ElderFlag.SANWU), 0, LivingSituation.ALONE);
            ElderFacts at70 = elder(LocalDate.of(1956, 6, 1), Registration.URBAN, Set.of(ElderFlag.SANWU), 0, LivingSituation.ALONE);
            assertThat(free.check(at69, day, null).eligible()).isFalse();
            assertThat(free.check(at70, day, null).reason()).isEqualTo("年满70周岁城镇“三无”老人");
        }

        @Test
        void dibaoOnlyWhenThreeOfFiveAdlItemsNeedHelpAndNoChildrenNearby() {
            LocalDate born = LocalDate.of(1950, 1, 1);
            Set<ElderFlag> dibao = EnumSet.of(ElderFlag.DIBAO);
            assertThat(free.check(elder(born, Registration.URBAN, dibao, 2, LivingSituation.EMPTY_NEST), day, null).eligible())
                    .isFalse();
            assertThat(free.check(elder(born, Registration.URBAN, dibao, 3, LivingSituation.EMPTY_NEST), day, null).reason())
                    .isEqualTo("生活不能自理且身边无子女照顾的低保老人");
            assertThat(free.check(elder(born, Registration.URBAN, dibao, 3, LivingSituation.WITH_FAMILY), day, null).eligible())
                    .isFalse();
        }

        @Test
        void centenariansWhateverElse() {
            ElderFacts hundred = elder(LocalDate.of(1926, 6, 1), Registration.RURAL, Set.of(), 0, LivingSituation.WITH_FAMILY);
            assertThat(free.check(hundred, day, null).reason()).isEqualTo("百岁老人");
        }
    }

    @Test
    void anqingLowCostIsForElderlyEmptyNestersWithoutOtherAid() {
        EligibilityRules low = SEED.get("ANQING_LOW_COST");
        LocalDate day = LocalDate.of(2026, 6, 1);
        ElderFacts at80 = elder(LocalDate.of(1946, 5, 1), Registration.URBAN, Set.of(), 0, LivingSituation.EMPTY_NEST);
        ElderFacts at80OnDibao = elder(LocalDate.of(1946, 5, 1), Registration.URBAN, Set.of(ElderFlag.DIBAO), 0,
                LivingSituation.EMPTY_NEST);
        assertThat(low.check(at80, day, null).reason()).isEqualTo("未享受民政救助的80岁以上高龄空巢老人");
        assertThat(low.check(at80OnDibao, day, "未享受民政救助的80岁以上高龄空巢老人").reason()).isEqualTo("属于低保，不再符合");
    }

    @Test
    void aGroupWithoutAnyConditionIsRefused() {
        RuleGroup empty = new RuleGroup("所有人", null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> new EligibilityRules(null, List.of(empty)).validate("X"))
                .hasMessageContaining("without conditions");
        assertThatThrownBy(() -> new AgeRange(80, 75).validate("X")).hasMessageContaining("min <= max");
    }

    @Test
    void withoutALabelTheConditionsAreTheReason() {
        RuleGroup g = new RuleGroup(null, new AgeRange(75, 79), Registration.RURAL, null, null, null, true,
                List.of(LivingSituation.ALONE), null, List.of("桂花社区"));
        assertThat(g.describe()).isEqualTo("75—79周岁，农村户籍，生活不能自理，独居，桂花社区");
    }
}
