package cn.yinling.hotline.bot.nlu.emergency;

import cn.yinling.hotline.bot.nlu.slots.CharNormalizer;

/**
 * The one form messages and rule phrases are compared in: the slot normaliser's full-width and
 * traditional-character mapping, the rule file's own traditional characters on top (danger words
 * such as 暈, 燙, 闖 matter here and nowhere else), ASCII in lower case, and no spaces at all —
 * speech recognisers put spaces anywhere ("喘 不上气"), and a cue split by one would be missed.
 * Immutable, thread-safe.
 */
final class TextForm {

    private final char[] table = new char[Character.MAX_VALUE + 1];

    /** {@code pairs}: traditional then simplified character, pair after pair; whitespace ignored. */
    TextForm(String pairs) {
        String p = pairs == null ? "" : pairs.replaceAll("\\s", "");
        if (p.length() % 2 != 0) {
            throw new IllegalArgumentException("The traditional/simplified pairs are not pairs: " + p.length() + " characters");
        }
        for (int i = 0; i < p.length(); i += 2) {
            table[p.charAt(i)] = p.charAt(i + 1);
        }
    }

    String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String n = CharNormalizer.normalize(text);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            char simple = table[c];
            sb.append(simple != 0 ? simple : c < 128 ? Character.toLowerCase(c) : c);
        }
        return sb.toString();
    }
}
