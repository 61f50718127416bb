package cn.yinling.hotline.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import cn.yinling.hotline.cases.elder.PersonalNumbers;

/**
 * {@code %personalNumbers(…)} in the log patterns (logback-spring.xml): mobile numbers and resident
 * ID numbers in what it wraps are masked as the console's lists mask them (PIPL: a log file is read
 * by operators who need no one's number). Code that logs a number it knows to be a phone masks it
 * itself, which also covers landlines; this is the net for everything else.
 * <p>
 * Public, with a public constructor: Logback makes it from its class name.
 */
public class PersonalNumbersConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return PersonalNumbers.inText(in);
    }
}
