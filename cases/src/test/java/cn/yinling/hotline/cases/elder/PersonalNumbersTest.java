package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonalNumbersTest {

    @Nested
    class InFreeText {

        @Test
        void anIdNumberKeepsOnlyItsRegion() {
            assertThat(PersonalNumbers.inText("我妈身份证34050019470312123x，帮我查一下"))
                    .isEqualTo("我妈身份证340500************，帮我查一下");
            assertThat(PersonalNumbers.inText("３４０５００１９４７０３１２１２３４")).isEqualTo("３４０５００************");
        }

        @Test
        void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
            assertThat(PersonalNumbers.inText("请打13812345678找我")).isEqualTo("请打138****5678找我");
            assertThat(PersonalNumbers.inText("电话 138 1234 5678 或 139-8765-4321"))
                    .isEqualTo("电话 138 **** 5678 或 139-****-4321");
            assertThat(PersonalNumbers.inText("１３８１２３４５６７８")).isEqualTo("１３８****５６７８");
        }

        @Test
        void otherNumbersAndPlainWordsStay() {
            assertThat(PersonalNumbers.inText("明天上午9点，预约号1234，一共2小时")).isEqualTo("明天上午9点，预约号1234，一共2小时");
            assertThat(PersonalNumbers.inText("订单138123456789")).as("12 digits are no mobile number")
                    .isEqualTo("订单138123456789");
            assertThat(PersonalNumbers.inText(null)).isNull();
        }
    }

    @Nested
    class AnswersToIdentification {

        @Test
        void aPhoneAnswerIsMaskedWhereItsDigitsStand() {
            assertThat(PersonalNumbers.phoneAnswer("13800000001")).isEqualTo("138****0001");
            assertThat(PersonalNumbers.phoneAnswer("老人电话是138-0000-0001")).isEqualTo("老人电话是138-****-0001");
            assertThat(PersonalNumbers.phoneAnswer("05552345678")).isEqualTo("055****5678");
            assertThat(PersonalNumbers.phoneAnswer("2345678")).isEqualTo("***5678");
            assertThat(PersonalNumbers.phoneAnswer("4151")).as("ID digits typed at the phone question").isEqualTo("****");
        }

        @Test
        void idDigitsAreMaskedCompletely() {
            assertThat(PersonalNumbers.idDigitsAnswer("4151")).isEqualTo("****");
            assertThat(PersonalNumbers.idDigitsAnswer("后四位是123X")).isEqualTo("后四位是****");
            assertThat(PersonalNumbers.idDigitsAnswer("34050019470312123x")).isEqualTo("******************");
        }

        @Test
        void aSingleKeyIsACommandAndStays() {
            assertThat(PersonalNumbers.phoneAnswer("0")).isEqualTo("0");
            assertThat(PersonalNumbers.idDigitsAnswer("9")).isEqualTo("9");
            assertThat(PersonalNumbers.phoneAnswer("我要转人工")).isEqualTo("我要转人工");
        }
    }
}
