package cn.yinling.hotline.bot.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The views of the text that carry an utterance to phrasing the training data does not have. */
class GeneralisingFeaturesTest {

    @Test
    void traditionalCharactersOutsideTheBuiltInTableAreConvertedByOpenCc() {
        // 鑽, 懸 and 濾 are not in TextNormalizer's own table
        assertThat(TextNormalizer.normalize("淨水器的濾芯懸著")).isEqualTo("净水器的滤芯悬着");
        assertThat(ScriptConverter.toSimplified("頭髮太長了")).isEqualTo("头发太长了");
        assertThat(ScriptConverter.toSimplified("我想预约助浴")).isSameAs("我想预约助浴");
    }

    @Test
    void regionalWordsBecomeMandarinLongestFirst() {
        assertThat(TextNormalizer.normalize("听日唔使嚟啦，唔该晒")).isEqualTo("明天不用来啦 谢谢");
        assertThat(TextNormalizer.normalize("我屋头好多钱嘛")).isEqualTo("我家里多少钱嘛");
        assertThat(TextNormalizer.normalize("俺想拾掇拾掇")).isEqualTo("我想收拾收拾");
        // an idiom that only looks like a regional word stays (the leading 那个 is a filler)
        assertThat(TextNormalizer.normalize("那个小刘真是没得说")).isEqualTo("小刘真是没得说");
    }

    @Test
    void theDialectListIsData() {
        DialectLexicon lexicon = new DialectLexicon(Map.of("冲凉", "洗澡", "冲", "X"));
        assertThat(lexicon.toMandarin("想冲凉")).isEqualTo("想洗澡");
        assertThat(lexicon.toMandarin("冲一下")).isEqualTo("X一下");
        assertThat(lexicon.toMandarin("没有方言")).isSameAs("没有方言");
    }

    @Test
    void nearHomophonesShareTheirPinyinPairs() {
        assertThat(pinyinPairs("转人宫")).isEqualTo(pinyinPairs("转人工"));
        assertThat(pinyinPairs("查一下于额")).isEqualTo(pinyinPairs("查一下余额"));
        assertThat(pinyinPairs("约个绿师")).contains("p2=lü|shi");
    }

    @Test
    void inNotXButYTheXGivesNoPlainFeatures() {
        List<String> features = FeatureExtractor.features("不是投诉，就是想表扬一下师傅");
        assertThat(features).contains("w=¬投诉", "w=表扬").doesNotContain("w=投诉", "c2=投诉", "p2=tou|su");
        assertThat(FeatureExtractor.features("我要投诉那个师傅")).contains("w=投诉", "c2=投诉");
    }

    @Test
    void aNegationWithoutATurnIsLeftAlone() {
        assertThat(NegationScope.mark(new String[] {"没有", "人来", "我", "想", "投诉"}))
                .containsExactly("没有", "人来", "我", "想", "投诉");
        assertThat(NegationScope.mark(new String[] {"不是", "查", "余额", "是", "约", "助浴"}))
                .containsExactly("不是", "¬查", "¬余额", "是", "约", "助浴");
    }

    @Test
    void longNumbersAreOneNeutralWordAndShortOnesStay() {
        assertThat(FeatureExtractor.tokens("老人电话13912345678")).containsExactly("老人", "电话", "号码");
        assertThat(FeatureExtractor.tokens("身份证11010519491231002X")).endsWith("号码");
        assertThat(String.join("", FeatureExtractor.tokens("快打120"))).isEqualTo("快打120");
    }

    private static List<String> pinyinPairs(String text) {
        return FeatureExtractor.features(text).stream().filter(f -> f.startsWith("p2=")).toList();
    }
}
