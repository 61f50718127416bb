package cn.yinling.hotline.bot.nlu.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Text → what the document categorizer sees. {@link #tokens(String)} normalises the text and
 * segments it into jieba words; the {@link #featureGenerators() feature generators} turn those
 * words into features (words and word pairs, character 1–2-grams, pinyin syllable pairs, cues, the
 * complaint-type rules' reading). The generators are
 * stored by class name in the model, so training and classification always agree.
 */
public final class FeatureExtractor {

    /**
     * Longest input considered, in characters. Utterances are short; a pasted essay is cut so
     * that one message cannot make classification slow.
     */
    public static final int MAX_CHARS = 500;

    /**
     * A phone, ID or order number says nothing about the intent, but its digits made "老人电话139…"
     * look like "快打120": five digits or more become one neutral word. Short numbers (120, 5星,
     * 15号, 两点) stay.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{5,}[0-9x]*");

    static {
        // OpenNLP instantiates the generators named in a model only from allowed packages.
        ExtensionLoader.registerAllowedPackage(FeatureExtractor.class.getPackageName());
    }

    private FeatureExtractor() {
    }

    /**
     * Allows OpenNLP to instantiate this package's feature generators when it reads a model
     * (runs once, in this class's initialiser).
     */
    static void registerWithOpenNlp() {
        // the static initialiser does the work
    }

    /**
     * The jieba words of the normalised text (at most {@link #MAX_CHARS} characters of it), those in
     * a "不是X，是Y" aside {@linkplain NegationScope marked}.
     */
    public static String[] tokens(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.length() > MAX_CHARS) {
            int end = MAX_CHARS;
            if (Character.isHighSurrogate(normalized.charAt(end - 1))) {
                end--;
            }
            normalized = normalized.substring(0, end);
        }
        normalized = LONG_NUMBER.matcher(normalized).replaceAll(" 号码 ").strip();
        return NegationScope.mark(ChineseSegmenter.segment(normalized).toArray(String[]::new));
    }

    /** The feature generators the model is trained with (fresh instances). */
    public static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[] {
                new WordFeatureGenerator(), new CharNgramFeatureGenerator(), new PinyinFeatureGenerator(),
                new CueFeatureGenerator(), new GrievanceFeatureGenerator()};
    }

    /** Every feature of {@code text}, in generator order; for inspection and debugging. */
    public static List<String> features(String text) {
        String[] words = tokens(text);
        List<String> features = new ArrayList<>();
        for (FeatureGenerator generator : featureGenerators()) {
            features.addAll(generator.extractFeatures(words, Map.of()));
        }
        return features;
    }
}
