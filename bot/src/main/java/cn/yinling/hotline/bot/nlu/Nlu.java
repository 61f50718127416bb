package cn.yinling.hotline.bot.nlu;

import java.time.Clock;

/**
 * One pass over an utterance: intent (kept only above the confidence threshold), slots, and the
 * emergency safety net.
 */
public class Nlu {

    private final IntentClassifier classifier;
    private final SlotExtractor slots;
    private final double threshold;

    public Nlu(IntentClassifier classifier, SlotExtractor slots, double threshold) {
        this.classifier = classifier;
        this.slots = slots;
        this.threshold = threshold;
    }

    public ParsedMessage parse(String text, Clock clock) {
        IntentPrediction p = classifier.classify(text);
        Slots s = slots.extract(text, clock);
        if (EmergencyCues.present(text) && !Intents.EMERGENCY.equals(p.intent())) {
            return new ParsedMessage(text, Intents.EMERGENCY, Math.max(p.confidence(), threshold), s);
        }
        return new ParsedMessage(text, p.confidence() >= threshold ? p.intent() : null, p.confidence(), s);
    }
}
