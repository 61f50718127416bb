package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.sla.SlaClock;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases as the console shows them: waiting ones by priority then waiting time (the order
 * {@link Cases#queue()} gives), with elder names and the holder of claimed ones.
 */
@Component
class QueueView {


    private final Cases cases;
    private final QueueCallbacks callbacks;
    private final Elders elders;
    private final AgentRepository agents;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;
    private final SlaClock sla;

    QueueView(Cases cases, QueueCallbacks callbacks, Elders elders, AgentRepository agents, ConsoleMessages messages,
            CasesProperties properties, Clock clock, SlaClock sla) {
        this.sla = sla;
        this.properties = properties;
        this.cases = cases;
        this.callbacks = callbacks;
        this.elders = elders;
        this.agents = agents;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<QueueItem> openCases(Agent viewer) {
        Instant now = clock.instant();
        Map<Long, String> agentNames = new HashMap<>();
        List<CareCase> open = cases.queue();
        Map<Long, String> callbackOf = callbacks.labelsOf(open.stream().map(CareCase::getId).toList());
        return open.stream().map(c -> item(c, viewer, now, agentNames, callbackOf.get(c.getId()))).toList();
    }

    /** The callbacks still to be made, each with the name of its case's elder. */
    @Transactional(readOnly = true)
    List<CallbackLine> callbacks() {
        return callbacks.open(caseId -> elderName(cases.get(caseId).getElderId()));
    }

    @Transactional(readOnly = true)
    String holderName(Long agentId) {
        return agentId == null ? "" : agents.findById(agentId).map(Agent::getDisplayName).orElse("#" + agentId);
    }

    private QueueItem item(CareCase c, Agent viewer, Instant now, Map<Long, String> agentNames, String callback) {
        String holder = c.getAssigneeId() == null ? null : agentNames.computeIfAbsent(c.getAssigneeId(), this::holderName);
        Priority p = c.priority();
        return new QueueItem(c.getId(), c.getType().name(), messages.get("case.type." + c.getType()), p.level(),
                messages.get("priority." + p), c.getType() == CaseType.EMERGENCY || p == Priority.EMERGENCY,
                c.getSubject(), elderName(c.getElderId()), messages.get("channel." + c.getChannel()),
                c.getCreatedAt().toEpochMilli(), new ShortDateTime(clock, properties.zone()).format(c.getDueAt()), c.isOverdue(now), c.getStatus().name(),
                holder, c.getStatus() == CaseStatus.CLAIMED && viewer.getId().equals(c.getAssigneeId()), callback,
                sla.read(c));
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
