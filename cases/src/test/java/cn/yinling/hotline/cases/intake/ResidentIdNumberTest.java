package cn.yinling.hotline.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.intake.ResidentIdNumber.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643-1999: shape, birth date, check character (MOD 11-2, X for 10), sex from the sequence. */
class ResidentIdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aValidNumberSaysBirthAndSexAndIsKeptOnlyMasked() {
        ResidentIdNumber id = ResidentIdNumber.parse("340504194803120022", TODAY).number();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1948, 3, 12));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.masked().value()).isEqualTo("340504********0022");
        assertThat(id.toString()).doesNotContain("19480312");
        assertThat(ResidentIdNumber.parse("340502195111200031", TODAY).number().sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void theCheckCharacterXIsAcceptedInAnySpellingAndSpacesAreIgnored() {
        assertThat(ResidentIdNumber.parse("11010519491231002X", TODAY).valid()).isTrue();
        assertThat(ResidentIdNumber.parse("110105 19491231 002x", TODAY).valid()).isTrue();
        assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２ｘ", TODAY).valid()).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsCaught() {
        assertThat(ResidentIdNumber.parse("340504194803120023", TODAY).problem()).isEqualTo(Problem.CHECK_DIGIT);
        assertThat(ResidentIdNumber.parse("110105194912310021", TODAY).problem()).isEqualTo(Problem.CHECK_DIGIT);
        // two neighbouring digits swapped: the weights catch it
        assertThat(ResidentIdNumber.parse("340504194803120202", TODAY).problem()).isEqualTo(Problem.CHECK_DIGIT);
    }

    @Test
    void shapeAndBirthDateAreChecked() {
        assertThat(ResidentIdNumber.parse("", TODAY).problem()).isEqualTo(Problem.MISSING);
        assertThat(ResidentIdNumber.parse(null, TODAY).problem()).isEqualTo(Problem.MISSING);
        assertThat(ResidentIdNumber.parse("3405041948031200", TODAY).problem()).isEqualTo(Problem.FORMAT);
        assertThat(ResidentIdNumber.parse("34050419480312002A", TODAY).problem()).isEqualTo(Problem.FORMAT);
        assertThat(ResidentIdNumber.parse("040504194803120022", TODAY).problem()).isEqualTo(Problem.FORMAT);
        String feb30 = "34050419480230002";
        assertThat(ResidentIdNumber.parse(feb30 + ResidentIdNumber.checkCharacter(feb30), TODAY).problem())
                .isEqualTo(Problem.BIRTH_DATE);
        String future = "34050420270101002";
        assertThat(ResidentIdNumber.parse(future + ResidentIdNumber.checkCharacter(future), TODAY).problem())
                .isEqualTo(Problem.BIRTH_DATE);
    }
}
