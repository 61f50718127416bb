package cn.yinling.hotline.cases.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubsidyPolicyTest {

    private static Map<String, PolicyDefinition> seedPolicies() throws Exception {
        try (InputStream in = SubsidyPolicyTest.class.getResourceAsStream("/policies/seed-policies.yml")) {
            List<PolicyDefinition> defs = PolicyCatalogLoader.parse(in);
            return defs.stream().collect(Collectors.toMap(PolicyDefinition::code, Function.identity()));
        }
    }

    @Test
    void theSeedFileHoldsTheFourCitiesPolicies() throws Exception {
        Map<String, PolicyDefinition> p = seedPolicies();
        assertThat(p).containsOnlyKeys("ANQING_FREE", "ANQING_LOW_COST", "GAOXIN_FREE", "RURAL_75_79", "MAANSHAN_VOUCHER");
        assertThat(p.get("ANQING_FREE").amountPerGrant()).isEqualTo(20 * 60);
        assertThat(p.get("ANQING_LOW_COST").amountPerGrant()).isEqualTo(10 * 60);
        assertThat(p.get("ANQING_FREE").pricePerHourFen()).isEqualTo(800);
        assertThat(p.get("GAOXIN_FREE").amountPerGrant()).isEqualTo(8 * 60);
        assertThat(p.get("GAOXIN_FREE").pricePerHourFen()).isEqualTo(2000);
        PolicyDefinition rural = p.get("RURAL_75_79");
        assertThat(rural.unit()).isEqualTo(EntitlementUnit.FEN);
        assertThat(rural.amountPerGrant()).isEqualTo(100_00);
        assertThat(rural.grantPeriod()).isEqualTo(PeriodKind.MONTH);
        assertThat(rural.validity()).isEqualTo(PeriodKind.QUARTER);
        assertThat(rural.scope()).isEqualTo(PolicyScope.HOUSEHOLD);
        assertThat(rural.maxAddressChangesPerYear()).isEqualTo(2);
        PolicyDefinition voucher = p.get("MAANSHAN_VOUCHER");
        assertThat(voucher.grantPeriod()).isEqualTo(PeriodKind.QUARTER);
        assertThat(voucher.validity()).isEqualTo(PeriodKind.QUARTER);
        assertThat(voucher.overagePaidByElder()).isTrue();
        p.values().forEach(PolicyDefinition::validate);
    }

    @Test
    void gaoxinsEightHoursAMonthCostTheGovernment1920YuanAYear() throws Exception {
        PolicyDefinition g = seedPolicies().get("GAOXIN_FREE");
        assertThat(SubsidyPolicy.fenFor(g.amountPerGrant() * 12, g.pricePerHourFen())).isEqualTo(1920_00);
    }

    @Test
    void hourPoliciesCostMinutesAndMoneyPoliciesCostTheServicePrice() throws Exception {
        SubsidyPolicy hours = new SubsidyPolicy(seedPolicies().get("ANQING_FREE"));
        SubsidyPolicy money = new SubsidyPolicy(seedPolicies().get("RURAL_75_79"));
        assertThat(hours.costOf(90, 3000)).isEqualTo(90);
        assertThat(money.costOf(90, 3000)).isEqualTo(45_00);
        assertThat(money.costOf(20, 4000)).isEqualTo(13_33); // 13.333 yuan, rounded half up
    }

    @Test
    void whatTheEntitlementDoesNotCoverIsBilledToTheElderAtTheServicePrice() throws Exception {
        SubsidyPolicy hours = new SubsidyPolicy(seedPolicies().get("ANQING_FREE"));
        assertThat(hours.elderShareFen(30, 3000)).isEqualTo(15_00);
        assertThat(hours.elderShareFen(0, 3000)).isZero();
        SubsidyPolicy money = new SubsidyPolicy(seedPolicies().get("MAANSHAN_VOUCHER"));
        assertThat(money.elderShareFen(12_34, 3000)).isEqualTo(12_34);
    }

    @Test
    void aPolicyWithoutAmountOrWithAQuarterlyGrantExpiringMonthlyIsRefused() {
        assertThatThrownBy(() -> new PolicyDefinition("X", "c", "n", SubsidyCategory.FREE, EntitlementUnit.MINUTES, 0,
                PeriodKind.MONTH, PeriodKind.MONTH, PolicyScope.PERSON, 0, true, null, null, null, null).validate())
                .hasMessageContaining("amountPerGrant");
        assertThatThrownBy(() -> new PolicyDefinition("X", "c", "n", SubsidyCategory.FREE, EntitlementUnit.MINUTES, 60,
                PeriodKind.QUARTER, PeriodKind.MONTH, PolicyScope.PERSON, 0, true, null, null, null, null).validate())
                .hasMessageContaining("quarterly grant");
    }
}
