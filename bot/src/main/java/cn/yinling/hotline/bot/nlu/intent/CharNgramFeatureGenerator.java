package cn.yinling.hotline.bot.nlu.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams over the words joined back together ({@code c1=约}, {@code c2=预约}), with
 * {@code ^}/{@code $} marking the start and end for n ≥ 2 ({@code c2=^不}, {@code c2=吗$}). They
 * carry the meaning when the recogniser or a typo breaks a word (预越 for 预约, 主浴 for 助浴) and
 * jieba splits it differently from the training data. Unigrams and bigrams only: trigrams did
 * not improve cross-validated accuracy but made the model 70% larger and slower to load.
 */
public class CharNgramFeatureGenerator implements FeatureGenerator {

    private final int minN;
    private final int maxN;

    public CharNgramFeatureGenerator() {
        this(1, 2);
    }

    CharNgramFeatureGenerator(int minN, int maxN) {
        this.minN = minN;
        this.maxN = maxN;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            if (!NegationScope.isNegated(word)) {
                kept.append(word); // a "不是X" aside gives no n-grams of its own: the Y decides
            }
        }
        String joined = kept.toString();
        int[] cps = joined.codePoints().toArray();
        List<String> features = new ArrayList<>(cps.length * (maxN - minN + 1) + 2);
        for (int n = minN; n <= maxN; n++) {
            if (n == 1) {
                for (int cp : cps) {
                    features.add("c1=" + Character.toString(cp));
                }
                continue;
            }
            // position -1 is the start marker ^, position length the end marker $
            for (int start = -1; start + n <= cps.length + 1; start++) {
                if (cps.length == 0) {
                    break;
                }
                StringBuilder gram = new StringBuilder("c").append(n).append('=');
                for (int k = start; k < start + n; k++) {
                    if (k < 0) {
                        gram.append('^');
                    } else if (k >= cps.length) {
                        gram.append('$');
                    } else {
                        gram.appendCodePoint(cps[k]);
                    }
                }
                features.add(gram.toString());
            }
        }
        return features;
    }
}
