package cn.yinling.hotline.cases.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.policy.VisitRounding.Mode;
import org.junit.jupiter.api.Test;

class VisitRoundingTest {

    @Test
    void toTheNearestHalfHourAHalfUnitGoesUp() {
        VisitRounding halfHours = new VisitRounding(30, Mode.NEAREST, 30);
        assertThat(halfHours.minutesFor(74, 120)).isEqualTo(60);
        assertThat(halfHours.minutesFor(75, 120)).isEqualTo(90);
        assertThat(halfHours.minutesFor(44, 120)).isEqualTo(30);
        assertThat(halfHours.minutesFor(45, 120)).isEqualTo(60);
    }

    @Test
    void upAndDownToQuarterHours() {
        assertThat(new VisitRounding(15, Mode.UP, 0).minutesFor(46, 120)).isEqualTo(60);
        assertThat(new VisitRounding(15, Mode.UP, 0).minutesFor(45, 120)).isEqualTo(45);
        assertThat(new VisitRounding(15, Mode.DOWN, 0).minutesFor(59, 120)).isEqualTo(45);
        assertThat(new VisitRounding(15, Mode.DOWN, 0).minutesFor(60, 120)).isEqualTo(60);
    }

    @Test
    void aShortVisitCountsTheMinimumAndNoVisitMoreThanBooked() {
        VisitRounding r = new VisitRounding(30, Mode.NEAREST, 30);
        assertThat(r.minutesFor(3, 120)).isEqualTo(30);
        assertThat(r.minutesFor(160, 120)).isEqualTo(120);
        assertThat(r.minutesFor(3, 20)).as("the minimum is capped by the booking too").isEqualTo(20);
        assertThat(VisitRounding.EXACT.minutesFor(97, 120)).isEqualTo(97);
        assertThat(VisitRounding.EXACT.minutesFor(130, 120)).isEqualTo(120);
    }

    @Test
    void aRuleWithoutUnitOrWithANegativeMinimumIsRefused() {
        assertThatThrownBy(() -> new VisitRounding(0, Mode.UP, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisitRounding(15, Mode.UP, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedPoliciesCarryTheirRoundingFromTheYaml() {
        PolicyDefinition anqing = PolicyCatalogLoader.parse(getClass().getResourceAsStream("/policies/seed-policies.yml"))
                .stream().filter(d -> d.code().equals("ANQING_FREE")).findFirst().orElseThrow();
        assertThat(new SubsidyPolicy(anqing).visitRounding()).isEqualTo(new VisitRounding(30, Mode.NEAREST, 30));
    }
}
