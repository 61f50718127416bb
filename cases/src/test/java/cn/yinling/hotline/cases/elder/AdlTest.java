package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdlTest {

    @Test
    void twoItemsNeedingHelpIsStillAbleToSelfCare() {
        Adl adl = new Adl(true, false, true, false, false);
        assertThat(adl.itemsNeedingHelp()).isEqualTo(2);
        assertThat(adl.unableToSelfCare()).isFalse();
    }

    @Test
    void threeOfFiveItemsMeansUnableToSelfCare() {
        assertThat(new Adl(false, true, false, true, true).unableToSelfCare()).isTrue();
        assertThat(new Adl(true, true, true, true, true).unableToSelfCare()).isTrue();
    }

    @Test
    void anIndependentElderNeedsNoHelp() {
        assertThat(Adl.independent().itemsNeedingHelp()).isZero();
    }
}
