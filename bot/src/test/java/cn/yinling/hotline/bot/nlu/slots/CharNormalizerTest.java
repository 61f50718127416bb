package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharNormalizerTest {

    @Test
    void mapsFullWidthAndTraditionalCharactersOneForOne() {
        assertThat(CharNormalizer.normalize("下週三早上８點，１０：３０")).isEqualTo("下周三早上8点,10:30");
        assertThat(CharNormalizer.normalize("禮拜六後天號")).isEqualTo("礼拜六后天号");
    }

    @Test
    void keepsTheLengthSoOffsetsStayValid() {
        String text = "約好明天早上八點😀，結果師傅";
        assertThat(CharNormalizer.normalize(text)).hasSameSizeAs(text);
    }

    @Test
    void toleratesNullAndEmpty() {
        assertThat(CharNormalizer.normalize(null)).isEmpty();
        assertThat(CharNormalizer.normalize("")).isEmpty();
    }
}
