package cn.yinling.hotline.bot.nlu.slots;

/**
 * Text typed or transcribed one character at a time ("我 要 预 约 明 天 助 浴"): the spaces between
 * single Chinese characters are dropped, so that words and dates are whole again. A space between
 * longer pieces ("不是投诉 就是问问") is where a comma would be and stays. Stateless, thread-safe.
 */
public final class SpacedCharacters {

    private SpacedCharacters() {
    }

    /** {@code text} with the spaces inside runs of single spaced characters removed; the same string when there are none. */
    public static String join(String text) {
        int[] kept = keptIndexes(text);
        if (kept == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(kept.length);
        for (int i : kept) {
            out.append(text.charAt(i));
        }
        return out.toString();
    }

    /**
     * For each character of {@link #join join(text)}, its index in {@code text}; {@code null} when
     * nothing is joined.
     */
    static int[] keptIndexes(String text) {
        if (text == null || text.length() < 3) {
            return null;
        }
        int n = text.length();
        boolean[] drop = null;
        for (int i = 0; i < n; i++) {
            if (!isSpace(text.charAt(i)) || i == 0) {
                continue;
            }
            int end = i;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (end < n && isLoneHan(text, i - 1) && isLoneHan(text, end)) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                for (int j = i; j < end; j++) {
                    drop[j] = true;
                }
            }
            i = end - 1;
        }
        if (drop == null) {
            return null;
        }
        int[] kept = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(kept, k);
    }

    /** A Chinese character with a space or an end of text on both sides. */
    private static boolean isLoneHan(String text, int i) {
        return isHan(text.charAt(i))
                && (i == 0 || isSpace(text.charAt(i - 1)))
                && (i == text.length() - 1 || isSpace(text.charAt(i + 1)));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t';
    }
}
