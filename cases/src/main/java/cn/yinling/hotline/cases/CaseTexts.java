package cn.yinling.hotline.cases;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts the case database writes for people to read ({@code messages/cases.properties}):
 * fallback case subjects and history entries. Numbers are written without grouping.
 */
public final class CaseTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.cases", Locale.ROOT);

    private CaseTexts() {
    }

    public static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]); // as written: MessageFormat would group 1234 as "1,234"
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(plain);
    }
}
