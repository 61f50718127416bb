package cn.yinling.hotline.bot.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CueFeatureGeneratorTest {

    private final CueFeatureGenerator cues = new CueFeatureGenerator();

    @Test
    void theWordAfterANegatorAndTheRequestAfterTheTurnBecomeFeatures() {
        assertThat(cues.extractFeatures(new String[] {"不是", "投诉", "就是", "问问", "还", "剩", "几个", "小时"}, Map.of()))
                .contains("neg^", "neg>投诉", "turn", "post=问问", "post=剩", "post=小时")
                .doesNotContain("post=投诉");
    }

    @Test
    void aPlainShiAfterANegationAlsoOpensTheRealRequest() {
        assertThat(cues.extractFeatures(new String[] {"不是", "查", "余额", "是", "想", "问", "结转"}, Map.of()))
                .contains("turn", "post=结转").doesNotContain("post=余额");
    }

    @Test
    void aShortOpeningNegationIsMarkedWithItsLength() {
        assertThat(cues.extractFeatures(new String[] {"不是", "这个"}, Map.of())).contains("neg^", "neg^len=3-4");
        assertThat(cues.extractFeatures(new String[] {"唔系"}, Map.of())).contains("neg^");
    }

    @Test
    void aNumberOfStarsOrPointsIsAScoreButMinutesAreNot() {
        assertThat(cues.extractFeatures(new String[] {"给", "5", "星"}, Map.of())).contains("score");
        assertThat(cues.extractFeatures(new String[] {"打", "四分"}, Map.of())).contains("score");
        assertThat(cues.extractFeatures(new String[] {"晚", "五分钟"}, Map.of())).doesNotContain("score");
    }
}
