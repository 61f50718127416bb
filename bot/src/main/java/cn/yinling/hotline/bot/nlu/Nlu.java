package cn.yinling.hotline.bot.nlu;

import cn.yinling.hotline.bot.nlu.emergency.Danger;
import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import java.time.Clock;

/**
 * One pass over an utterance: intent (kept only above the confidence threshold, with the
 * emergency safety net) and slots. A less certain intent is still kept when the slots back it up
 * ("我要预约保洁": a booking that names a service), since the two come from independent evidence.
 * The emergency detector is asked on its own ({@link #danger}), before anything else and for any
 * text, even one the dialog will not parse.
 */
public class Nlu {

    private final IntentClassifier classifier;
    private final SlotExtractor slots;
    private final double threshold;
    private final EmergencyDetector detector;

    /** {@code classifier} should already carry the safety net ({@link SafetyNetClassifier}); the shipped emergency rules. */
    public Nlu(IntentClassifier classifier, SlotExtractor slots, double threshold) {
        this(classifier, slots, threshold, EmergencyDetector.standard());
    }

    public Nlu(IntentClassifier classifier, SlotExtractor slots, double threshold, EmergencyDetector detector) {
        this.classifier = classifier;
        this.slots = slots;
        this.threshold = threshold;
        this.detector = detector;
    }

    /** Whether the words say danger now, and which cue says so. */
    public Danger danger(String text) {
        return detector.detect(text);
    }

    public ParsedMessage parse(String text, Clock clock) {
        IntentPrediction p = classifier.classify(text);
        Slots s = slots.extract(text, clock);
        boolean sure = p.confidence() >= threshold || p.confidence() >= threshold / 2 && backedBySlots(p.intent(), s);
        return new ParsedMessage(text, sure ? p.intent() : null, p.confidence(), s, p.intent());
    }

    private static boolean backedBySlots(String intent, Slots s) {
        return switch (intent) {
            case Intents.BOOK_SERVICE, Intents.CANCEL_BOOKING, Intents.RESCHEDULE_BOOKING, Intents.QUERY_BOOKING ->
                    s.service() != null || s.date() != null;
            case Intents.COMPLAINT -> s.complaintType() != null;
            case Intents.RATE_SERVICE -> s.rating() != null;
            default -> false;
        };
    }
}
