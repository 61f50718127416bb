package cn.yinling.hotline.ivr.outbound;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A call to place: dial {@code number} and, once answered, run the FastAGI {@code script} on the
 * channel, which carries {@code variables}. {@code whenDialed} hears, at most once and possibly
 * later on another thread, what the PBX reported for the call (a dialer that cannot tell never calls it).
 * {@code ringTimeout} is how long it may ring; null for the dialer's own setting.
 */
public record OutboundCall(String number, String script, Map<String, String> variables,
        Consumer<DialOutcome> whenDialed, Duration ringTimeout) {

    public OutboundCall {
        variables = Map.copyOf(variables);
        whenDialed = whenDialed == null ? outcome -> { } : whenDialed;
    }

    public OutboundCall(String number, String script, Map<String, String> variables,
            Consumer<DialOutcome> whenDialed) {
        this(number, script, variables, whenDialed, null);
    }

    public OutboundCall(String number, String script, Map<String, String> variables) {
        this(number, script, variables, null);
    }

    @Override
    public String toString() {
        return "OutboundCall[" + number + " " + script + " " + OriginatedCalls.loggable(variables) + "]";
    }
}
