package cn.yinling.hotline.bot.nlu;

import cn.yinling.hotline.bot.nlu.emergency.Danger;
import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import java.util.Map;

/**
 * The classifier with the emergency detector on top. A message the detector finds dangerous is an
 * emergency for certain, whatever the model thought, and even when the model already said
 * emergency but unsure of it ("胸口疼" alone scored 0.32, below the confidence threshold, and went
 * unanswered). Danger words plainly denied ("我没摔倒，就是想约个助浴") are not an emergency: the
 * model's next guess stands instead.
 */
public final class SafetyNetClassifier implements IntentClassifier {

    private final IntentClassifier model;
    private final EmergencyDetector detector;

    public SafetyNetClassifier(IntentClassifier model) {
        this(model, EmergencyDetector.standard());
    }

    public SafetyNetClassifier(IntentClassifier model, EmergencyDetector detector) {
        this.model = model;
        this.detector = detector;
    }

    @Override
    public IntentPrediction classify(String text) {
        IntentPrediction p = model.classify(text);
        Danger danger = detector.detect(text);
        if (danger.emergency()) {
            return new IntentPrediction(Intents.EMERGENCY, 1.0, p.scores());
        }
        if (danger.denied() && Intents.EMERGENCY.equals(p.intent())) {
            return runnerUp(p);
        }
        return p;
    }

    private static IntentPrediction runnerUp(IntentPrediction p) {
        Map.Entry<String, Double> next = p.scores().entrySet().stream()
                .filter(e -> !Intents.EMERGENCY.equals(e.getKey()))
                .max(Map.Entry.comparingByValue()).orElse(null);
        return next == null ? new IntentPrediction(Intents.OUT_OF_SCOPE, 0.0, p.scores())
                : new IntentPrediction(next.getKey(), next.getValue(), p.scores());
    }
}
