package cn.yinling.hotline.bot.reply;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Simplified Chinese message bundle ({@code messages/bot.properties}). */
public class Messages {

    private final ResourceBundle bundle;

    public Messages() {
        this.bundle = ResourceBundle.getBundle("messages.bot", Locale.ROOT);
    }

    public String text(String key, Object... args) {
        return format(bundle.getString(key), args);
    }

    /** The spoken form when the bundle has one ({@code key.speech}), else the text. */
    public String speech(String key, Object... args) {
        String k = key + ".speech";
        return bundle.containsKey(k) ? format(bundle.getString(k), args) : text(key, args);
    }

    public Line line(String key, Object... args) {
        return new Line(text(key, args), speech(key, args));
    }

    private static String format(String pattern, Object... args) {
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args);
    }
}
