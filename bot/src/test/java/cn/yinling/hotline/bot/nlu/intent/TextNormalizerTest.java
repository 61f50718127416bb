package cn.yinling.hotline.bot.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fullWidthLettersDigitsAndPunctuationBecomeHalfWidthAndLatinIsLowerCased() {
        assertThat(TextNormalizer.normalize("ＯＫ，给５星！")).isEqualTo("ok 给5星");
    }

    @Test
    void frequentTraditionalCharactersBecomeSimplified() {
        assertThat(TextNormalizer.normalize("幫我媽預約後天的時間，謝謝")).isEqualTo("帮我妈预约后天的时间 谢谢");
        assertThat(TextNormalizer.normalize("這個週末還剩幾個鐘頭")).isEqualTo("这个周末还剩几个钟头");
    }

    @Test
    void emojiAndPunctuationNoiseIsStripped() {
        assertThat(TextNormalizer.normalize("😭😭我妈~~~说……她好累🙏🏻")).isEqualTo("我妈 说 她好累");
    }

    @Test
    void emojiWithAConventionalMeaningBecomeThatWord() {
        assertThat(TextNormalizer.normalize("👍")).isEqualTo("好");
        assertThat(TextNormalizer.normalize("❌")).isEqualTo("不");
        assertThat(TextNormalizer.normalize("★★★★")).isEqualTo("星 星 星 星");
    }

    @Test
    void nullBlankAndSymbolOnlyInputNormaliseToEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("   ")).isEmpty();
        assertThat(TextNormalizer.normalize("😂🤣！？")).isEmpty();
    }
}
