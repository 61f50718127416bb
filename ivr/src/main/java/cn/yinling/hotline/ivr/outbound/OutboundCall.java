package cn.yinling.hotline.ivr.outbound;

import java.util.Map;

/**
 * A call to place: dial {@code number} and, once answered, run the FastAGI {@code script} on the
 * channel, which carries {@code variables}.
 */
public record OutboundCall(String number, String script, Map<String, String> variables) {

    public OutboundCall {
        variables = Map.copyOf(variables);
    }
}
