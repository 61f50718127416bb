package cn.yinling.hotline.bot.nlu.intent;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * A tone-less pinyin view of the text: adjacent syllable pairs ({@code p2=yu|yue}), so that a
 * recogniser's near-homophone (鱼约, 于额, 人宫, 绿师) looks like the word it replaced (预约, 余额,
 * 人工, 律师). Pairs only: single syllables are shared by too many unrelated characters. One
 * reading per character (the library's first), cached, so a call costs map lookups; words in a
 * negated span ({@link NegationScope}) are left out like everywhere else.
 */
public class PinyinFeatureGenerator implements FeatureGenerator {

    private static final ConcurrentHashMap<Integer, String> SYLLABLES = new ConcurrentHashMap<>();

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>();
        String previous = null;
        for (String word : words) {
            if (NegationScope.isNegated(word)) {
                previous = null;
                continue;
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                String syllable = syllable(cp);
                if (syllable != null && previous != null) {
                    features.add("p2=" + previous + "|" + syllable);
                }
                previous = syllable;
            }
        }
        return features;
    }

    /** Tone-less pinyin of a Chinese character, or null for anything else. */
    static String syllable(int cp) {
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
            return null;
        }
        String s = SYLLABLES.computeIfAbsent(cp, c -> {
            List<String> readings = PinyinHelper.toPinyinList((char) c.intValue(), PinyinStyleEnum.NORMAL);
            return readings == null || readings.isEmpty() || readings.get(0).isBlank() ? "" : readings.get(0);
        });
        return s.isEmpty() ? null : s;
    }
}
