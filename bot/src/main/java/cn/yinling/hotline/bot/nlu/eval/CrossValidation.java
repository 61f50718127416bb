package cn.yinling.hotline.bot.nlu.eval;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.intent.FeatureExtractor;
import cn.yinling.hotline.bot.nlu.intent.IntentModelTrainer;
import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DocumentSample;

/**
 * k-fold cross-validation of the intent model over its own training data: the texts are dealt
 * into k folds in file order (a text written twice lands in one fold, so no fold is tested on a
 * line it was trained on), k models are trained with the production parameters and features,
 * each on the other folds, and {@link #classifier()} answers every training text with the model
 * that did not see it. {@link NluEvaluation} run over the training file with that classifier gives
 * the pooled k-fold figures (accuracy, macro-F1, per intent). Texts outside the training data are
 * refused.
 */
public final class CrossValidation {

    private final Map<String, IntentClassifier> byText = new HashMap<>();

    private CrossValidation() {
    }

    /** Trains the k fold models from {@code samples} (text, intent), in order. */
    public static CrossValidation of(List<Map.Entry<String, String>> samples, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k >= 2: " + k);
        }
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> s : samples) {
            foldOf.computeIfAbsent(s.getKey(), t -> foldOf.size() % k);
        }
        CrossValidation cv = new CrossValidation();
        for (int fold = 0; fold < k; fold++) {
            List<DocumentSample> training = new ArrayList<>();
            for (Map.Entry<String, String> s : samples) {
                if (foldOf.get(s.getKey()) != fold) {
                    training.add(new DocumentSample(s.getValue(), FeatureExtractor.tokens(s.getKey())));
                }
            }
            IntentClassifier model = new OpenNlpIntentClassifier(IntentModelTrainer.train(training,
                    IntentModelTrainer.parameters(), FeatureExtractor.featureGenerators()));
            for (Map.Entry<String, Integer> e : foldOf.entrySet()) {
                if (e.getValue() == fold) {
                    cv.byText.put(e.getKey(), model);
                }
            }
        }
        return cv;
    }

    /** Classifies a training text with the model of the folds it was not in. */
    public IntentClassifier classifier() {
        return text -> {
            IntentClassifier model = byText.get(text);
            if (model == null) {
                throw new IllegalArgumentException("not a training text: " + text);
            }
            return model.classify(text);
        };
    }
}
