package cn.yinling.hotline.bot.nlu.intent;

import cn.yinling.hotline.bot.nlu.slots.ComplaintTypeExtractor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The complaint-type rules' reading of the utterance as one feature ({@code grievance=late},
 * {@code grievance=attitude}…): they know hundreds of ways of saying "came late", "was rude" or
 * "did a sloppy job" that no training set lists, and they already stay silent on praise with a
 * mild remark, on "不是投诉，就问问…" and on emergencies. The words are joined back (without the
 * marked "不是X" aside) and read by {@link ComplaintTypeExtractor}, the same rules that fill the
 * complaint-type slot.
 */
public class GrievanceFeatureGenerator implements FeatureGenerator {

    private static final ComplaintTypeExtractor RULES = new ComplaintTypeExtractor();

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (!NegationScope.isNegated(word)) {
                text.append(word);
            }
        }
        return RULES.extract(text.toString()).map(kind -> List.of("grievance", "grievance=" + kind)).orElse(List.of());
    }
}
