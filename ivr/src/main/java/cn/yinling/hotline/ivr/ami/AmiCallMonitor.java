package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.supervision.CallMonitor;
import cn.yinling.hotline.cases.supervision.MonitorMode;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.response.ManagerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins a supervisor to an agent's live call: an asynchronous {@code Originate} rings the
 * supervisor's phone and, once answered, runs {@code ChanSpy(<agent channel>,<options>)} on it.
 * Options: {@code q} no beep or channel name for the supervisor, {@code E} end when the agent's call
 * ends, {@code u} the argument is the agent's full channel name (not a prefix another call could
 * match); then {@code w} to whisper to the agent only, or {@code B} to barge in and talk to both;
 * listening adds nothing. ChanSpy is not an application that needs AMI's {@code system} permission,
 * so {@code write = originate} (manager.conf) is enough.
 */
public class AmiCallMonitor implements CallMonitor {

    static final String APPLICATION = "ChanSpy";
    /** Asterisk channel names and dial strings: nothing that could end an AMI header line or split ChanSpy's arguments. */
    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9/@._;:+#*-]{1,80}");
    private static final Logger log = LoggerFactory.getLogger(AmiCallMonitor.class);

    private final AmiConnection ami;
    private final AmiProperties properties;

    public AmiCallMonitor(AmiConnection ami, AmiProperties properties) {
        this.ami = ami;
        this.properties = properties;
    }

    @Override
    public boolean ringSupervisor(String supervisorPhone, String agentChannel, MonitorMode mode) {
        if (!CHANNEL.matcher(supervisorPhone).matches() || !CHANNEL.matcher(agentChannel).matches()) {
            throw new IllegalArgumentException("Not a channel: " + supervisorPhone + " / " + agentChannel);
        }
        OriginateAction a = new OriginateAction();
        String actionId = "monitor-" + UUID.randomUUID();
        a.setActionId(actionId);
        a.setChannel(supervisorPhone);
        a.setApplication(APPLICATION);
        a.setData(data(agentChannel, mode));
        a.setTimeout(properties.ringTimeout().toMillis());
        a.setAsync(true);
        try {
            ami.send(a, response -> {
                if (response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())) {
                    log.warn("ChanSpy call {} to {} refused: {}", actionId, supervisorPhone, response.getMessage());
                }
            });
            log.info("Ringing {} to {} the call on {}", supervisorPhone, mode, agentChannel);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("ChanSpy call to {} not sent: {}", supervisorPhone, e.getMessage());
            return false;
        }
    }

    /** {@code ChanSpy}'s arguments for {@code mode}. */
    static String data(String agentChannel, MonitorMode mode) {
        return agentChannel + "," + switch (mode) {
            case LISTEN -> "qEu";
            case WHISPER -> "qEuw";
            case BARGE -> "qEuB";
        };
    }
}
