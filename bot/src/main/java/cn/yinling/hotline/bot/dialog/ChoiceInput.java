package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.reply.Option;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an explicit choice among the options of the last reply: a key pressed on the phone, a
 * number typed the ways people type one, or an option's label typed back. Explicit choices are
 * the caller's and always win over the intent model.
 */
final class ChoiceInput {

    /** "2", "回复2", "选2", "我选2", "按2", "2.", "第2个", "第二个", "二"; nothing else around the number. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:回复|回|我选|选择|选|按|就|要)?第?([0-9]{1,2}|[一二三四五六七八九])(?:个|项)?$");
    /** Punctuation and spaces people add around a choice ("2.", "2。", "（2）", "2！"). */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}＃#～~]+");
    /** Variation selectors, the keycap's enclosing mark and other combining marks or format characters. */
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");
    private static final String CHINESE_DIGITS = "一二三四五六七八九";

    private ChoiceInput() {
    }

    /** The value of the chosen option, or null when the input chooses none of those offered. */
    static String resolve(Inbound in, Map<String, String> optionValues, List<Option> offered) {
        if (optionValues.isEmpty()) {
            return null;
        }
        if (in.kind() == InputKind.DTMF) {
            return in.digits() == null ? null : optionValues.get(in.digits().replace("#", ""));
        }
        if (in.kind() != InputKind.TEXT || in.text() == null) {
            return null;
        }
        String typed = normalise(in.text());
        String key = numberIn(typed);
        if (key != null) {
            return optionValues.get(key);
        }
        String label = withoutReplyPrefix(typed);
        for (Option o : offered) {
            if (!label.isEmpty() && normalise(o.label()).equals(label)) {
                return optionValues.get(o.key());
            }
        }
        return null;
    }

    /** Whether typed text is a number meant as a choice, offered or not: such text is never given to the intent model. */
    static boolean looksLikeANumberedChoice(Inbound in) {
        return in.kind() == InputKind.TEXT && in.text() != null && numberIn(normalise(in.text())) != null;
    }

    private static String numberIn(String typed) {
        Matcher m = NUMBERED.matcher(typed);
        if (!m.matches()) {
            return null;
        }
        String n = m.group(1);
        int chinese = CHINESE_DIGITS.indexOf(n.charAt(0));
        return chinese >= 0 ? Integer.toString(chinese + 1) : Integer.toString(Integer.parseInt(n));
    }

    /**
     * Full-width digits and letters to ASCII, keycap and circled digits (2️⃣, ②) to digits,
     * punctuation and spaces dropped.
     */
    private static String normalise(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return NOISE.matcher(MARKS.matcher(compatible).replaceAll("")).replaceAll("");
    }

    private static String withoutReplyPrefix(String typed) {
        return typed.startsWith("回复") ? typed.substring(2) : typed;
    }
}
