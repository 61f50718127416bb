package cn.yinling.hotline.bot.nlu.intent;

import java.util.Set;

/**
 * "不是X，是Y": the Y decides. In a sentence that negates something and then turns to what the
 * caller does want (不是投诉，就是想表扬一下; 不是查余额，是想约助餐; 没摔倒，只是想约洗澡), the words
 * between the negator and the turn are marked with {@value #MARK}, so the features they give are
 * their own ({@code w=¬投诉}) and do not count for the intent they would name on their own. Only
 * when a turn follows: a plain "我没摔倒" or "不要投诉了" is left as it is.
 */
final class NegationScope {

    static final char MARK = '¬';

    private static final Set<String> NEGATORS = Set.of("不是", "并不是", "也不是", "并非", "不", "没", "没有");

    /** Only words that turn to the real request; a plain 想 or 但是 ("没有人来，我想投诉") is no turn. */
    private static final Set<String> TURNS = Set.of("是", "就是", "只是", "而是", "我是", "我就是", "我只是", "其实",
            "就想", "只想", "只不过");

    /** Longest span marked, in words; a longer one is not a "not X" aside. */
    private static final int MAX_SPAN = 6;

    private NegationScope() {
    }

    static boolean isNegated(String word) {
        return !word.isEmpty() && word.charAt(0) == MARK;
    }

    static String unmarked(String word) {
        return isNegated(word) ? word.substring(1) : word;
    }

    /** Marks the negated span of each "不是X，是Y" in {@code words}, in place. */
    static String[] mark(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!NEGATORS.contains(words[i])) {
                continue;
            }
            int turn = -1;
            for (int j = i + 2; j < words.length && j <= i + 1 + MAX_SPAN; j++) {
                if (TURNS.contains(words[j])) {
                    turn = j;
                    break;
                }
            }
            if (turn < 0) {
                continue;
            }
            for (int k = i + 1; k < turn; k++) {
                if (!isNegated(words[k])) {
                    words[k] = MARK + words[k];
                }
            }
            i = turn;
        }
        return words;
    }
}
