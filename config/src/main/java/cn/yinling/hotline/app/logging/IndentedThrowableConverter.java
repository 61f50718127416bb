package cn.yinling.hotline.app.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * {@code %oneLineEx} in the log patterns: a stack trace keeps its lines, but every one of them is
 * indented, and control characters within a line are escaped as in {@link OneLineConverter}. An
 * exception's message may carry a caller's words ({@code "not a date: …"}); its first line, a
 * {@code Caused by:} and any line break inside a message would otherwise start at the margin, where
 * only a new event starts. (Spring Boot's own {@code %wEx} writes them as they are.)
 * <p>
 * Public, with a public constructor: Logback makes it from its class name.
 */
public class IndentedThrowableConverter extends ExtendedThrowableProxyConverter {

    private static final String LINE_BREAKS = "\r\n|[\n\r\u0085\u2028\u2029]";

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        String trace = super.throwableProxyToString(tp);
        StringBuilder out = new StringBuilder(trace.length() + 64);
        for (String line : trace.split(LINE_BREAKS)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.charAt(0) != '\t' && line.charAt(0) != ' ') {
                out.append('\t');
            }
            out.append(OneLineConverter.escape(line)).append(CoreConstants.LINE_SEPARATOR);
        }
        return out.toString();
    }
}
