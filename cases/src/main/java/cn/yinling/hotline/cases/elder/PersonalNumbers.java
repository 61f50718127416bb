package cn.yinling.hotline.cases.elder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the numbers that identify a person in what callers type or say, where their words are kept
 * for display (transcripts, case subjects and timelines). What the dialog decides on is never
 * masked: only the copy that is stored. Digits may be ASCII or full-width (a Chinese keyboard's
 * ０–９).
 * <ul>
 * <li>{@link #inText}: 18-character resident ID numbers keep their region (first six), the rest is
 * masked; 11-digit mobile numbers (also as 3-4-4 with spaces or hyphens) become 138****5678.</li>
 * <li>{@link #phoneAnswer}: an answer to "the elder's registered phone number": every digit but the
 * first three and last four of a full number, the last four of a shorter one.</li>
 * <li>{@link #idDigitsAnswer}: an answer to "the last four ID digits": every digit (and the X check
 * character) masked.</li>
 * </ul>
 * A single key (0 for a person, 9 for an emergency) is a command, not a number, and stays.
 */
public final class PersonalNumbers {

    private static final String DIGIT = "[0-9０-９]";
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<!" + DIGIT + ")(" + DIGIT + "{6})(" + DIGIT + "{11}[0-9０-９XxＸｘ])(?![0-9０-９XxＸｘ])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<!" + DIGIT + ")([1１][3-9３-９]" + DIGIT + ")([ -]?" + DIGIT + "{4})([ -]?" + DIGIT + "{4})(?!" + DIGIT + ")");
    private static final Pattern ID_DIGITS = Pattern.compile(DIGIT + "+[XxＸｘ]?");
    private static final int FULL_PHONE = 11;
    private static final int KEPT_AT_START = 3;
    private static final int KEPT_AT_END = 4;

    private PersonalNumbers() {
    }

    /** Free text with any ID number or mobile number in it masked; null stays null. */
    public static String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replace(ID_NUMBER, text, m -> m.group(1) + stars(m.group(2)));
        return replace(MOBILE, s, m -> m.group(1) + stars(m.group(2)) + m.group(3));
    }

    /** An answer to a phone-number question, digits masked where they stand (138 **** 5678 stays readable). */
    public static String phoneAnswer(String answer) {
        if (answer == null) {
            return null;
        }
        int digits = countDigits(answer);
        if (digits < 2) {
            return answer;
        }
        int keepStart = digits >= FULL_PHONE ? KEPT_AT_START : 0;
        int keepFrom = digits > KEPT_AT_END + 2 ? digits - KEPT_AT_END : digits;
        StringBuilder out = new StringBuilder(answer.length());
        int seen = 0;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (isDigit(c)) {
                out.append(seen < keepStart || seen >= keepFrom ? c : '*');
                seen++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An answer to an ID-digits question: every run of digits (with its X) is masked. */
    public static String idDigitsAnswer(String answer) {
        if (answer == null || countDigits(answer) < 2) {
            return answer;
        }
        return replace(ID_DIGITS, answer, m -> stars(m.group()));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String stars(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c == ' ' || c == '-' ? c : '*');
        }
        return out.toString();
    }

    private static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
