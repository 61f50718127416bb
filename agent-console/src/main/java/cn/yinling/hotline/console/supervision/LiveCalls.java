package cn.yinling.hotline.console.supervision;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.queue.QueueCall;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.supervision.SupervisionProperties;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voice calls agents are on now: the queue calls Asterisk reported answered (AgentConnect, which
 * also names the agent's channel) and not yet ended (AgentComplete).
 */
@Component
class LiveCalls {

    private static final DateTimeFormatter ANSWERED = DateTimeFormatter.ofPattern("HH:mm");

    private final QueueCalls queueCalls;
    private final AgentRepository agents;
    private final Elders elders;
    private final SupervisionProperties properties;
    private final CasesProperties cases;
    private final ConsoleMessages messages;

    LiveCalls(QueueCalls queueCalls, AgentRepository agents, Elders elders, SupervisionProperties properties,
            CasesProperties cases, ConsoleMessages messages) {
        this.queueCalls = queueCalls;
        this.agents = agents;
        this.elders = elders;
        this.properties = properties;
        this.cases = cases;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<LiveCall> now() {
        return queueCalls.live(properties.maxCallLength()).stream().map(this::line).toList();
    }

    /** The live call {@code id}, if an agent is still on it. */
    Optional<QueueCall> find(long id) {
        return queueCalls.live(properties.maxCallLength()).stream().filter(c -> c.getId() == id).findFirst();
    }

    String agentName(QueueCall c) {
        return Optional.ofNullable(c.getAgentId()).flatMap(agents::findById).map(Agent::getDisplayName)
                .orElse(c.getMemberName() == null ? "?" : c.getMemberName());
    }

    private LiveCall line(QueueCall c) {
        return new LiveCall(c.getId(), agentName(c), elderName(c.getElderId()), c.getCaseId(),
                messages.get("calls.answeredAt", c.getAnsweredAt().atZone(cases.zone()).format(ANSWERED),
                        c.getWaitSeconds() == null ? 0 : c.getWaitSeconds()));
    }

    private String elderName(Long elderId) {
        if (elderId == null) {
            return messages.get("queue.unknownCaller");
        }
        try {
            return elders.get(new ElderId(elderId)).getFullName();
        } catch (NoSuchElementException e) {
            return messages.get("queue.unknownCaller");
        }
    }
}
