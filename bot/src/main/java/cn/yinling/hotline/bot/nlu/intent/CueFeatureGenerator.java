package cn.yinling.hotline.bot.nlu.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * A few cheap, general cues (each measured to help on cross-validation of the training data):
 * <ul>
 * <li>{@code len=…}: a length bucket (short replies are mostly affirm/deny/greeting/goodbye);</li>
 * <li>{@code neg>X}: the word after a negator (不是 投诉 → {@code neg>投诉}), so "not a complaint"
 * does not look like a complaint; {@code neg^} when the utterance opens with a negator (also the
 * dialect ones 唔/勿/冇/莫/否), and {@code neg^len=…} for it together with the length, because a
 * short "不是这个" is a denial while a long "不是投诉，就是…" is a request;</li>
 * <li>{@code post=X}: the words after the turn of a "not A but B" sentence (就是/只是/而是/但是… or
 * a plain 是 after a negation), where callers put their actual request;</li>
 * <li>{@code score}: a number followed by 星 or 分 (not 分钟): a rating.</li>
 * </ul>
 */
public class CueFeatureGenerator implements FeatureGenerator {

    static final Set<String> NEGATORS = Set.of("不", "不是", "没", "没有", "别", "不要", "不用", "甭", "并不", "并没有",
            "也不", "又不", "唔", "唔系", "唔要", "勿", "勿要", "冇", "莫", "否", "no", "nope");

    /** First characters that negate in dialect or writing even when jieba glues them to the next word. */
    private static final String NEGATING_FIRST_CHARS = "唔勿冇莫否";

    static final Set<String> TURNS = Set.of("就是", "只是", "而是", "但是", "可是", "不过", "就想", "只想", "其实");

    /** After a negation, these also open the real request ("不是查余额，是想问…"). */
    private static final Set<String> TURNS_AFTER_NEGATION = Set.of("是", "我是", "就", "只", "而");

    private static final Pattern SCORE = Pattern.compile("[0-9一二两三四五六七八九十满]\\s*(颗|个)?(星|分(?!钟))");

    private final boolean negation;
    private final boolean turns;

    public CueFeatureGenerator() {
        this(true, true);
    }

    CueFeatureGenerator(boolean negation, boolean turns) {
        this.negation = negation;
        this.turns = turns;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (String word : words) {
            all.append(NegationScope.unmarked(word));
        }
        String joined = all.toString();
        String length = lengthBucket(joined.codePointCount(0, joined.length()));
        features.add("len=" + length);
        if (SCORE.matcher(joined).find()) {
            features.add("score");
        }
        int firstNegation = -1;
        if (negation) {
            for (int i = 0; i < words.length; i++) {
                if (NEGATORS.contains(words[i])) {
                    if (firstNegation < 0) {
                        firstNegation = i;
                    }
                    if (i + 1 < words.length) {
                        features.add("neg>" + words[i + 1]);
                    }
                }
            }
            boolean opensNegated = firstNegation == 0
                    || (!joined.isEmpty() && NEGATING_FIRST_CHARS.indexOf(joined.charAt(0)) >= 0);
            if (opensNegated) {
                features.add("neg^");
                features.add("neg^len=" + length);
            }
        }
        if (turns) {
            int turn = -1;
            for (int i = 0; i < words.length - 1; i++) {
                if (TURNS.contains(words[i])
                        || (firstNegation >= 0 && i > firstNegation + 1 && TURNS_AFTER_NEGATION.contains(words[i]))) {
                    turn = i;
                }
            }
            if (turn >= 0) {
                features.add("turn");
                for (int i = turn + 1; i < words.length; i++) {
                    features.add("post=" + words[i]);
                }
            }
        }
        return features;
    }

    static String lengthBucket(int chars) {
        if (chars <= 2) {
            return Integer.toString(chars);
        }
        if (chars <= 4) {
            return "3-4";
        }
        if (chars <= 8) {
            return "5-8";
        }
        if (chars <= 15) {
            return "9-15";
        }
        return "16+";
    }
}
