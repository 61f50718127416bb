package cn.yinling.hotline.bot.nlu.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Bag of jieba words ({@code w=预约}) and adjacent word pairs ({@code w2=不是|投诉}). Input tokens
 * are the words from {@link FeatureExtractor#tokens(String)}.
 */
public class WordFeatureGenerator implements FeatureGenerator {

    private final boolean bigrams;

    public WordFeatureGenerator() {
        this(true);
    }

    WordFeatureGenerator(boolean bigrams) {
        this.bigrams = bigrams;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            features.add("w=" + words[i]);
            if (bigrams && i + 1 < words.length) {
                features.add("w2=" + words[i] + "|" + words[i + 1]);
            }
        }
        return features;
    }
}
