package cn.yinling.hotline.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * {@code %oneLine(…)} in the log patterns (logback-spring.xml): what it wraps (the message, the
 * thread and correlation ids) comes out on one line, whatever a caller put into a logged value. A
 * line break (CR, LF, NEL, U+2028, U+2029) would start what looks like a new event, and any other
 * control character (ESC for a terminal's colours, a bidirectional override) could disguise one, so
 * each is written as an escape: {@code \n}, {@code \r}, {@code \u2028}. Tabs stay.
 * <p>
 * Public, with a public constructor: Logback makes it from its class name.
 */
public class OneLineConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return escape(in);
    }

    static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // nearly always: no copy
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 && c != '\t' || c == 0x7F || c >= 0x80 && c <= 0x9F // C0 and C1 controls, NEL among them
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'; // bidirectional overrides
    }
}
