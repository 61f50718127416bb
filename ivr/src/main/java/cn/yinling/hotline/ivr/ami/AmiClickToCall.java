package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.clicktocall.AgentCall;
import cn.yinling.hotline.cases.clicktocall.ClickToCall;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.response.ManagerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Click-to-call over AMI: an asynchronous {@code Originate} rings the agent's own phone
 * ({@code Channel}); once they pick up, that channel continues in {@code hotline.ami.agent-dial-context}
 * at the extension of the number, where the dialplan dials {@code HOTLINE_DIAL} (the number in the
 * trunk's dial string, {@code hotline.ami.channel}) and bridges the two. Caller ID is the hotline's
 * ({@code hotline.ami.caller-id}), so the elder sees the number they know. The number travels to
 * Asterisk only and is never logged here.
 */
public class AmiClickToCall implements ClickToCall {

    static final String DIAL_VARIABLE = "HOTLINE_DIAL";
    static final String CASE_VARIABLE = "HOTLINE_CASE_ID";
    static final String AGENT_VARIABLE = "HOTLINE_AGENT";
    /** Console usernames; anything else is left off the channel rather than written into an AMI header. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Logger log = LoggerFactory.getLogger(AmiClickToCall.class);

    private final AmiConnection ami;
    private final AmiProperties properties;

    public AmiClickToCall(AmiConnection ami, AmiProperties properties) {
        this.ami = ami;
        this.properties = properties;
    }

    @Override
    public boolean call(AgentCall call) {
        if (!ami.isConnected()) {
            log.warn("AMI not connected: cannot ring {} for case {}", call.agentPhone(), call.caseId());
            return false;
        }
        OriginateAction a = originate(call, "dial-" + UUID.randomUUID());
        try {
            ami.send(a, response -> {
                if (response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())) {
                    log.warn("Click-to-call {} from {} refused: {}", a.getActionId(), call.agentPhone(), response.getMessage());
                }
            });
            log.info("Click-to-call: ringing {} for case {} ({})", call.agentPhone(), call.caseId(), call.agent());
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Click-to-call to {} for case {} not sent: {}", call.agentPhone(), call.caseId(), e.getMessage());
            return false;
        }
    }

    /** The action sent: the agent's phone first, then the number through the dialplan context. */
    OriginateAction originate(AgentCall call, String actionId) {
        OriginateAction a = new OriginateAction();
        a.setActionId(actionId);
        a.setChannel(call.agentPhone());
        a.setContext(properties.agentDialContext());
        a.setExten(call.number());
        a.setPriority(1);
        a.setTimeout(properties.ringTimeout().toMillis());
        a.setAsync(true);
        if (!properties.callerId().isBlank()) {
            a.setCallerId(properties.callerId());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(DIAL_VARIABLE, properties.channelFor(call.number()));
        variables.put(CASE_VARIABLE, Long.toString(call.caseId()));
        if (USERNAME.matcher(call.agent()).matches()) {
            variables.put(AGENT_VARIABLE, call.agent());
        }
        a.setVariables(variables);
        return a;
    }
}
