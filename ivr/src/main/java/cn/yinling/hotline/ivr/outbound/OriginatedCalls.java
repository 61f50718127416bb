package cn.yinling.hotline.ivr.outbound;

import cn.yinling.hotline.cases.outbound.OutboundCallTokens;
import cn.yinling.hotline.cases.outbound.TokenCheck;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the calls the hotline placed from connections that only claim to be one. Each outbound
 * call carries a one-time token in {@value #TOKEN_VARIABLE}, set by the Originate next to the
 * call's own variables and bound to its script and what it is about (a check-in attempt, a
 * booking); the script reads it with {@code GET VARIABLE} and uses it up before it says or
 * records anything.
 */
public final class OriginatedCalls {

    /** Channel variable of the token, set by the AMI Originate ({@code Variable: HOTLINE_CALL_TOKEN=…}). */
    public static final String TOKEN_VARIABLE = "HOTLINE_CALL_TOKEN";
    private static final Logger log = LoggerFactory.getLogger(OriginatedCalls.class);

    private final OutboundCallTokens tokens;
    private final Duration validity;

    public OriginatedCalls(OutboundCallTokens tokens, Duration validity) {
        this.tokens = tokens;
        this.validity = validity;
    }

    /** The channel variables of a call about to be placed into {@code script} about {@code subject}: its own and a token. */
    public Map<String, String> variables(String script, String subject, Map<String, String> own) {
        Map<String, String> variables = new HashMap<>(own);
        variables.put(TOKEN_VARIABLE, tokens.issue(script, subject, validity));
        return variables;
    }

    /**
     * Whether this channel is the call placed into {@code script} about {@code subject}: its token is
     * used up if so; if not, the refusal is logged and the script must end without a word or a record.
     */
    public boolean admits(AgiRequest request, AgiChannel channel, String script, String subject) throws AgiException {
        TokenCheck check = tokens.redeem(script, subject, channel.getVariable(TOKEN_VARIABLE));
        if (!check.accepted()) {
            log.warn("FastAGI script {} about {} refused, token {} (channel {} from {}): not a call the hotline placed;"
                    + " hanging up, nothing recorded", script, subject, check, request.getChannel(),
                    request.getRemoteAddress() == null ? null : request.getRemoteAddress().getHostAddress());
        }
        return check.accepted();
    }

    /**
     * The subject of a call placed into {@code script}: the number in channel variable {@code variable},
     * when it is one and the call's token admits it ({@link #admits}); empty (and logged) otherwise, and
     * the script must then end without a word or a record.
     */
    public OptionalLong admittedSubject(AgiRequest request, AgiChannel channel, String script, String variable)
            throws AgiException {
        String value = channel.getVariable(variable);
        long id;
        try {
            id = Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            log.warn("FastAGI script {} without a valid {} ({}); hanging up", script, variable, value);
            return OptionalLong.empty();
        }
        return admits(request, channel, script, Long.toString(id)) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** Ends a placed call the script refused or is done with; a caller already gone is no error. */
    public static void hangUp(AgiChannel channel) throws AgiException {
        try {
            channel.hangup();
        } catch (AgiHangupException e) {
            // already gone
        }
    }

    /** The variables as they may be logged: the token masked. */
    public static Map<String, String> loggable(Map<String, String> variables) {
        Map<String, String> shown = new HashMap<>(variables);
        shown.computeIfPresent(TOKEN_VARIABLE, (k, v) -> "******");
        return shown;
    }
}
