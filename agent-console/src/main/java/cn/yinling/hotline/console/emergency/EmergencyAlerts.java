package cn.yinling.hotline.console.emergency;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.emergency.EmergencyProperties;
import cn.yinling.hotline.cases.emergency.Escalation;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergencies waiting for an agent, as the banner of every console page shows them: open,
 * unclaimed cases at emergency priority (every emergency, and any case raised to it). The supervisors' escalation level is shown to supervisors
 * only; the second level, "still unanswered", to everyone.
 */
@Component
class EmergencyAlerts {

    private final Cases cases;
    private final Elders elders;
    private final ConsoleMessages messages;
    private final EmergencyProperties properties;

    EmergencyAlerts(Cases cases, Elders elders, ConsoleMessages messages, EmergencyProperties properties) {
        this.cases = cases;
        this.elders = elders;
        this.messages = messages;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    List<EmergencyAlert> unclaimed(Agent viewer) {
        boolean supervisor = SignedInAgent.supervises(viewer);
        return cases.unclaimedEmergencies().stream().map(c -> alert(c, supervisor)).toList();
    }

    private EmergencyAlert alert(CareCase c, boolean supervisor) {
        Escalation level = Escalation.ofLevel(c.getEscalationLevel());
        if (level == Escalation.SUPERVISOR && !supervisor) {
            level = Escalation.NONE;
        }
        String notice = level == Escalation.NONE ? null
                : messages.get("emergency.notice." + level, level.after(properties).toSeconds());
        Elder elder = elderOf(c);
        return new EmergencyAlert(c.getId(), c.getElderId(), elder == null ? messages.get("queue.unknownCaller") : elder.getFullName(),
                elder == null ? messages.get("emergency.noAddress") : address(elder), c.getSubject(),
                c.getCreatedAt().toEpochMilli(), level.level(), notice);
    }

    private Elder elderOf(CareCase c) {
        if (c.getElderId() == null) {
            return null;
        }
        try {
            return elders.get(new ElderId(c.getElderId()));
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    static String address(Elder e) {
        String community = e.getCommunity() == null ? "" : e.getCommunity();
        String address = e.getAddress() == null ? "" : e.getAddress();
        return (community + " " + address).strip();
    }
}
