package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800000001", "+8613800000001", "+86 138 0000 0001", "008613800000001",
            "8613800000001", "138-0000-0001", " 138 0000 0001 "})
    void everySpellingOfAMobileIsTheSameNumber(String raw) {
        PhoneNumber n = PhoneNumber.parse(raw, "0555");
        assertThat(n.digits()).isEqualTo("13800000001");
        assertThat(n.kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05552100001", "0555-2100001", "(0555)2100001", "+86 555 2100001", "0086-555-2100001",
            "2100001"})
    void everySpellingOfALandlineIsTheSameNumber(String raw) {
        PhoneNumber n = PhoneNumber.parse(raw, "0555");
        assertThat(n.digits()).isEqualTo("05552100001");
        assertThat(n.kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "+86 10 12345678", "01012345678"})
    void beijingLandlinesKeepTheirTwoDigitAreaCode(String raw) {
        assertThat(PhoneNumber.parse(raw, "0555").digits()).isEqualTo("01012345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "12345", "1380000000", "138000000011", "anonymous", "+1 415 555 0100"})
    void garbageIsRefusedWithAClearError(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, "0555"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining("Not a Chinese phone number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2100001"})
    void aLocalNumberWithoutADefaultAreaCodeIsRefused(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, null)).isInstanceOf(InvalidPhoneNumberException.class);
    }
}
