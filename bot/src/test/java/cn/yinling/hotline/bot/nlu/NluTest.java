package cn.yinling.hotline.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NluTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private static IntentClassifier says(String intent, double confidence) {
        return text -> new IntentPrediction(intent, confidence, Map.of(intent, confidence));
    }

    private static SlotExtractor slots(Slots s) {
        return (text, clock) -> s;
    }

    @Test
    void anUnsureIntentIsDropped() {
        Nlu nlu = new Nlu(says(Intents.BOOK_SERVICE, 0.4), slots(Slots.NONE), 0.5);
        assertThat(nlu.parse("嗯", CLOCK).understood()).isFalse();
    }

    @Test
    void anUnsureBookingThatNamesAServiceIsKept() {
        Nlu nlu = new Nlu(says(Intents.BOOK_SERVICE, 0.4), slots(new Slots("cleaning", null, null, null, null)), 0.5);
        assertThat(nlu.parse("我要预约保洁", CLOCK).intent()).isEqualTo(Intents.BOOK_SERVICE);
    }

    @Test
    void slotsDoNotRescueAVeryUnsureGuessOrAnUnrelatedIntent() {
        Slots cleaning = new Slots("cleaning", null, null, null, null);
        assertThat(new Nlu(says(Intents.BOOK_SERVICE, 0.2), slots(cleaning), 0.5).parse("x", CLOCK).understood()).isFalse();
        assertThat(new Nlu(says(Intents.GREETING, 0.4), slots(cleaning), 0.5).parse("x", CLOCK).understood()).isFalse();
    }

    @Test
    void theSafetyNetTurnsDangerWordsIntoAnEmergencyUnlessDenied() {
        IntentClassifier net = new SafetyNetClassifier(says(Intents.BOOK_SERVICE, 0.9));
        assertThat(net.classify("本来想约助浴，结果在卫生间摔倒了起不来").intent()).isEqualTo(Intents.EMERGENCY);
        assertThat(net.classify("我没摔倒，就是想约个助浴").intent()).isEqualTo(Intents.BOOK_SERVICE);
        assertThat(net.classify("我想约助浴").intent()).isEqualTo(Intents.BOOK_SERVICE);
    }
}
