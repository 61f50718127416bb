package cn.yinling.hotline.bot.nlu.intent;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.IntentPrediction;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Intent classification with the OpenNLP document-categorizer model built from
 * {@code train.jsonl} at build time ({@value #MODEL_RESOURCE} on the classpath).
 *
 * <p>Thread-safe without locks or thread-locals: it does not use {@code DocumentCategorizerME}
 * (not thread-safe) but evaluates the immutable {@link MaxentModel} directly, with features from
 * the model's own (stateless) feature generators, exactly as the categorizer would.
 *
 * <p>The dialog decides what to do with a low {@link IntentPrediction#confidence()};
 * {@link #RECOMMENDED_CONFIDENCE_THRESHOLD} is the measured suggestion for when to ask a
 * clarifying question instead of acting.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    /** Classpath location of the model written by {@link IntentModelTrainer} during the build. */
    public static final String MODEL_RESOURCE = "nlu/intent-model.bin";

    /**
     * Suggested threshold: below this probability of the best intent, ask a clarifying question
     * rather than act. On 5-fold cross-validation of the training data it keeps 90% of utterances
     * (92% of those right) and catches 44% of the errors, questioning fewer right answers than it
     * catches wrong ones (80 vs 92); from about 0.6 up it questions more right answers than it
     * catches. On the development set it keeps 98% at 97% precision. The dialog decides; an
     * emergency should never wait for a clarification.
     */
    public static final double RECOMMENDED_CONFIDENCE_THRESHOLD = 0.5;

    static {
        FeatureExtractor.registerWithOpenNlp();
    }

    private final MaxentModel model;
    private final FeatureGenerator[] generators;
    private final String[] outcomes;

    /** Loads the model from {@value #MODEL_RESOURCE} on the classpath. */
    public OpenNlpIntentClassifier() {
        this(loadModel(MODEL_RESOURCE));
    }

    /**
     * Uses an already loaded model. Starts loading jieba's dictionary in the background, so that
     * construction stays fast; the first classification waits for it if it is not done yet.
     */
    public OpenNlpIntentClassifier(DoccatModel model) {
        Objects.requireNonNull(model, "model");
        ChineseSegmenter.preloadInBackground();
        this.model = model.getMaxentModel();
        this.generators = model.getFactory().getFeatureGenerators();
        this.outcomes = new String[this.model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = this.model.getOutcome(i);
        }
    }

    /** Reads a model from the classpath (the class loader of this class). */
    public static DoccatModel loadModel(String resource) {
        InputStream in = OpenNlpIntentClassifier.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Intent model " + resource + " is not on the classpath;"
                    + " it is written by IntentModelTrainer in the build (mvn process-classes)");
        }
        try (InputStream buffered = new BufferedInputStream(in)) {
            return new DoccatModel(buffered);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read intent model " + resource, e);
        }
    }

    @Override
    public IntentPrediction classify(String text) {
        return classifyWords(FeatureExtractor.tokens(text));
    }

    /** Classifies already segmented words (as in {@link opennlp.tools.doccat.DocumentSample#getText()}). */
    IntentPrediction classifyWords(String[] words) {
        double[] probs = model.eval(context(words, generators));
        List<Integer> order = new ArrayList<>(outcomes.length);
        for (int i = 0; i < outcomes.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -probs[i]).thenComparing(i -> outcomes[i]));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i : order) {
            scores.put(outcomes[i], probs[i]);
        }
        int best = order.get(0);
        return new IntentPrediction(outcomes[best], probs[best], Collections.unmodifiableMap(scores));
    }

    /** The model's context for the given words: every generator's features, in order. */
    static String[] context(String[] words, FeatureGenerator[] generators) {
        List<String> features = new ArrayList<>();
        for (FeatureGenerator generator : generators) {
            features.addAll(generator.extractFeatures(words, Map.of()));
        }
        return features.toArray(String[]::new);
    }
}
