package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskedIdNumberTest {

    @Test
    void keepsOnlyRegionAndLastFour() {
        MaskedIdNumber m = MaskedIdNumber.mask("34050019470312123x");
        assertThat(m.value()).isEqualTo("340500********123X");
        assertThat(m.lastFour()).isEqualTo("123X");
        assertThat(m.value()).doesNotContain("19470312");
    }

    @Test
    void callersMayGiveTheLastFourInAnyCase() {
        MaskedIdNumber m = MaskedIdNumber.mask("340500194703121234");
        assertThat(m.endsWith("1234")).isTrue();
        assertThat(m.endsWith(" 1234 ")).isTrue();
        assertThat(m.endsWith("4321")).isFalse();
        assertThat(m.endsWith(null)).isFalse();
    }

    @Test
    void refusesNumbersOfTheWrongShape() {
        assertThatThrownBy(() -> MaskedIdNumber.mask("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaskedIdNumber("340500194703121234")).isInstanceOf(IllegalArgumentException.class);
    }
}
