package cn.yinling.hotline.bot.nlu;

/**
 * The classifier with the emergency safety net on top: danger words ("摔倒", "喘不上气") make a
 * message an emergency even when the model is unsure, unless they are plainly denied.
 */
public final class SafetyNetClassifier implements IntentClassifier {

    private final IntentClassifier model;

    public SafetyNetClassifier(IntentClassifier model) {
        this.model = model;
    }

    @Override
    public IntentPrediction classify(String text) {
        IntentPrediction p = model.classify(text);
        if (!Intents.EMERGENCY.equals(p.intent()) && EmergencyCues.present(text)) {
            return new IntentPrediction(Intents.EMERGENCY, 1.0, p.scores());
        }
        return p;
    }
}
