package cn.yinling.hotline.ivr.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.voice.Pace;
import cn.yinling.hotline.cases.voice.VoicePreference;
import org.junit.jupiter.api.Test;

/** Which sound directories a piece is looked for in, for each voice preference: the elder's own first, the standard last. */
class ElderVoicesTest {

    private final ElderVoices voices = new ElderVoices(null, "yinling");

    @Test
    void aStandardElderHearsOnlyTheStandardSet() {
        assertThat(voices.directoriesFor(VoicePreference.STANDARD, null).directories()).containsExactly("yinling");
    }

    @Test
    void aSlowElderHearsTheSlowSetThenTheStandard() {
        assertThat(voices.directoriesFor(new VoicePreference(Pace.SLOW, null, false), null).directories())
                .containsExactly("yinling-slow", "yinling");
    }

    @Test
    void aDialectWeighsMoreThanThePace() {
        assertThat(voices.directoriesFor(new VoicePreference(Pace.SLOW, "sichuan", false), "sichuan").directories())
                .containsExactly("yinling-sichuan-slow", "yinling-sichuan", "yinling-slow", "yinling");
        assertThat(voices.directoriesFor(new VoicePreference(Pace.NORMAL, "sichuan", false), "sichuan").directories())
                .containsExactly("yinling-sichuan", "yinling");
    }

    @Test
    void aPromptSetTheCentreNoLongerOffersIsNotLookedFor() {
        assertThat(voices.directoriesFor(new VoicePreference(Pace.NORMAL, "hakka", false), null).directories())
                .containsExactly("yinling");
    }
}
