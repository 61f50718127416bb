package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    @Test
    void aRandomCodeHasSixDigits() {
        for (int i = 0; i < 100; i++) {
            assertThat(OneTimeCode.random().value()).matches("\\d{6}");
        }
    }

    @Test
    void onlyTheSaltedHashIsKeptAndItMatchesTheCodeAsTyped() {
        OneTimeCode code = new OneTimeCode("042917");
        String hash = code.hash();
        assertThat(hash).doesNotContain("042917");
        assertThat(code.hash()).isNotEqualTo(hash);
        assertThat(OneTimeCode.matches("042917", hash)).isTrue();
        assertThat(OneTimeCode.matches(" 042 917 ", hash)).isTrue();
        assertThat(OneTimeCode.matches("042918", hash)).isFalse();
        assertThat(OneTimeCode.matches("042917", null)).isFalse();
        assertThat(code.toString()).doesNotContain("042917");
    }

    @Test
    void anythingButSixDigitsIsNotACode() {
        assertThatThrownBy(() -> new OneTimeCode("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneTimeCode("12345a")).isInstanceOf(IllegalArgumentException.class);
    }
}
