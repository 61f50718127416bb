package cn.yinling.hotline.bot.nlu.slots;

import java.util.Map;

/**
 * Speech-recogniser mishearings of service words, corrected before matching. Each wrong word maps
 * to the right one of the same length, so offsets stay valid. Add a pair when a new mishearing
 * shows up in call logs; keep only pairs that cannot mean anything else on a care hotline.
 */
final class AsrHomophones {

    private static final Map<String, String> CORRECTIONS = Map.ofEntries(
            Map.entry("主浴", "助浴"), Map.entry("住浴", "助浴"), Map.entry("注浴", "助浴"), Map.entry("祝浴", "助浴"),
            Map.entry("主餐", "助餐"), Map.entry("住餐", "助餐"), Map.entry("注餐", "助餐"),
            Map.entry("赔诊", "陪诊"), Map.entry("陪珍", "陪诊"), Map.entry("培诊", "陪诊"),
            Map.entry("赔聊", "陪聊"), Map.entry("培聊", "陪聊"),
            Map.entry("梳通", "疏通"), Map.entry("输通", "疏通"),
            Map.entry("保结", "保洁"), Map.entry("里发", "理发"), Map.entry("剃投", "剃头"), Map.entry("洗早", "洗澡"),
            Map.entry("雪压", "血压"), Map.entry("雪糖", "血糖"), Map.entry("康付", "康复"), Map.entry("按魔", "按摩"),
            Map.entry("取要", "取药"), Map.entry("拿要", "拿药"));

    /** First chars of the wrong words, to skip the lookup at every other position. */
    private static final String FIRST_CHARS = firstCharsOfDistinctWords();

    private AsrHomophones() {
    }

    /**
     * One left-to-right pass: every wrong word is two chars, no wrong word overlaps another or a
     * right word (checked when the class loads), so replacing them one pair at a time, in any order,
     * gives this same text.
     */
    static String correct(String text) {
        char[] out = null;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (FIRST_CHARS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            String right = CORRECTIONS.get(text.substring(i, i + 2));
            if (right != null) {
                if (out == null) {
                    out = text.toCharArray();
                }
                right.getChars(0, 2, out, i);
                i++;
            }
        }
        return out == null ? text : new String(out);
    }

    private static String firstCharsOfDistinctWords() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (Map.Entry<String, String> e : CORRECTIONS.entrySet()) {
            String wrong = e.getKey();
            String right = e.getValue();
            if (wrong.length() != 2 || right.length() != 2) {
                throw new IllegalStateException("ASR corrections must be two chars: " + wrong);
            }
            first.append(wrong.charAt(0));
            second.append(wrong.charAt(1));
        }
        for (Map.Entry<String, String> e : CORRECTIONS.entrySet()) {
            String right = e.getValue();
            // a wrong word must not be made of a char around a correction, nor overlap another wrong word
            if (first.indexOf(right.substring(1)) >= 0 || second.indexOf(right.substring(0, 1)) >= 0
                    || first.indexOf(e.getKey().substring(1)) >= 0) {
                throw new IllegalStateException("ASR correction overlaps another: " + e.getKey());
            }
        }
        return first.toString();
    }
}
