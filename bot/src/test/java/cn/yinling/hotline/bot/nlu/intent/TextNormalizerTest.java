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

    @Test
    void fullWidthDigitsAndLettersTypedOnAChinesePhoneKeyboardBecomeHalfWidth() {
        assertThat(TextNormalizer.normalize("我妈电话１３９，约ＡＢ套餐")).isEqualTo("我妈电话139 约ab套餐");
    }

    @Test
    void repeatedPunctuationIsOneClauseBreak() {
        assertThat(TextNormalizer.normalize("人呢！！！怎么还不来？？？我等了一上午。。。"))
                .isEqualTo("人呢 怎么还不来 我等了一上午");
        assertThat(TextNormalizer.normalize("好的!!!???")).isEqualTo("好的");
    }

    @Test
    void thanksAndApplauseEmojiBecomeWordsFromTheSignList() {
        assertThat(TextNormalizer.normalize("阿姨做得很好👍👍🙏")).isEqualTo("阿姨做得很好 好 好");
        assertThat(TextNormalizer.normalize("👏👏")).isEqualTo("好 好");
    }

    @Test
    void textSpacedOneCharacterAtATimeIsJoined() {
        assertThat(TextNormalizer.normalize("我 要 预 约 明 天 助 浴")).isEqualTo("我要预约明天助浴");
        assertThat(TextNormalizer.normalize("我　要　投　诉")).isEqualTo("我要投诉");
    }

    @Test
    void aSpaceBetweenLongerPiecesStaysAClauseBreak() {
        assertThat(TextNormalizer.normalize("不是投诉 就是问问")).isEqualTo("不是投诉 就是问问");
        assertThat(TextNormalizer.normalize("明天 助浴")).isEqualTo("明天 助浴");
    }

    @Test
    void voiceToTextFillersAtTheStartOfAClauseAreDropped() {
        assertThat(TextNormalizer.normalize("嗯那个我想给我妈约个保洁")).isEqualTo("我想给我妈约个保洁");
        assertThat(TextNormalizer.normalize("那个那个就是说我妈的助浴")).isEqualTo("我妈的助浴");
        assertThat(TextNormalizer.normalize("嗯嗯，那个，师傅几点来")).isEqualTo("师傅几点来");
        assertThat(TextNormalizer.normalize("呃我想问一下 那个补贴还剩多少")).isEqualTo("我想问一下 补贴还剩多少");
    }

    @Test
    void aFillerThatIsTheWholeAnswerStays() {
        assertThat(TextNormalizer.normalize("嗯")).isEqualTo("嗯");
        assertThat(TextNormalizer.normalize("嗯嗯。")).isEqualTo("嗯嗯");
        assertThat(TextNormalizer.normalize("嗯，嗯")).isEqualTo("嗯 嗯");
    }

    @Test
    void aMessageOfHesitationOnlySaysNothing() {
        assertThat(TextNormalizer.normalize("嗯那个那个")).isEmpty();
        assertThat(TextNormalizer.normalize("呃呃呃……")).isEmpty();
    }

    @Test
    void wordsThatOnlyLookLikeFillersAreKept() {
        assertThat(TextNormalizer.normalize("这个月还剩几个钟头")).isEqualTo("这个月还剩几个钟头");
        assertThat(TextNormalizer.normalize("我要投诉那个师傅")).isEqualTo("我要投诉那个师傅");
        assertThat(TextNormalizer.normalize("不是投诉，就是问问")).isEqualTo("不是投诉 就是问问");
    }
}
