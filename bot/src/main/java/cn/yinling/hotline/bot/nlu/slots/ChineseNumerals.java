package cn.yinling.hotline.bot.nlu.slots;

/**
 * Small whole numbers as callers say them: Arabic digits ("15"), Chinese numerals (一 二 两 三 … 十
 * 十一 … 九十九, 廿 = 20, 卅 = 30, 〇/零 = 0) and the two combined only as in everyday speech.
 * Thread-safe (stateless).
 */
public final class ChineseNumerals {

    /** A regex fragment for one number of up to two Arabic digits or up to three Chinese numerals. */
    public static final String PATTERN = "(?:[0-9]{1,2}|[零〇一二两三四五六七八九十廿卅]{1,3})";

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when {@code s} is not a number this class understands. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 3 ? -1 : Integer.parseInt(s);
        }
        String t = s.replace('两', '二').replace('〇', '零').replace("廿", "二十").replace("卅", "三十");
        if (t.length() == 1) {
            return t.charAt(0) == '十' ? 10 : digit(t.charAt(0));
        }
        int ten = t.indexOf('十');
        if (ten < 0) {
            // "零五" (minutes) is the only multi-digit form without 十 we accept
            return t.length() == 2 && t.charAt(0) == '零' ? digit(t.charAt(1)) : -1;
        }
        if (t.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(t.charAt(0)) : -1);
        String rest = t.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : (rest.length() == 1 ? digit(rest.charAt(0)) : -1);
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        return DIGITS.indexOf(c);
    }
}
