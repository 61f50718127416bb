package cn.yinling.hotline.bot.nlu.intent;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional → simplified Chinese with OpenCC's tables (opencc4j), phrase-aware (頭髮 → 头发,
 * 乾淨 → 干净). Most messages are simplified already: a per-character cache of "is this a
 * traditional character" answers that in a map lookup, and only a text that has one is converted
 * (about 20 µs). Thread-safe.
 */
final class ScriptConverter {

    private static final ConcurrentHashMap<Integer, Boolean> TRADITIONAL = new ConcurrentHashMap<>();

    private ScriptConverter() {
    }

    /** {@code text} in simplified characters (the same string when it has no traditional one). */
    static String toSimplified(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && TRADITIONAL.computeIfAbsent((int) c, ScriptConverter::traditional)) {
                return ZhConverterUtil.toSimple(text);
            }
        }
        return text;
    }

    private static boolean traditional(int c) {
        // a character OpenCC would change on its own (a traditional-only form such as 們 or 說)
        return ZhConverterUtil.isTraditional((char) c) && !ZhConverterUtil.isSimple((char) c);
    }
}
