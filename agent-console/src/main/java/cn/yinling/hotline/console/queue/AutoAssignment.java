package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseOpened;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.presence.Presence;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic assignment (自动分配), when an admin switched it on: the longest-waiting chat (WeChat or
 * web; phone calls are handed out by the Asterisk queue, which rings its members) of the highest
 * priority goes to an agent (role AGENT) with room for it — 空闲 or 话后处理 or 通话中 with fewer than
 * {@code max_chats} calls and chats (a phone call fills an agent: nobody is on two calls) — the one
 * holding fewest first, then the one whose state has not changed for longest (longest idle).
 *
 * <p>Safe across nodes: the case is taken with the queue's own atomic claim (of two nodes giving the
 * same case, one wins and the other moves on), and the agent's row is locked while their capacity
 * is counted, so two nodes cannot both give the last free place. Runs when a case opens and every
 * {@code hotline.console.presence.check-every} on every node. The agent's browsers open the case.
 */
@Component
class AutoAssignment {

    private static final Logger log = LoggerFactory.getLogger(AutoAssignment.class);
    private static final int MOST_PER_ROUND = 50;

    private final AssignmentSettings settings;
    private final Cases cases;
    private final Presence presence;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AutoAssignment(AssignmentSettings settings, Cases cases, Presence presence, org.springframework.jdbc.core.JdbcTemplate jdbc,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.cases = cases;
        this.presence = presence;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Assigns waiting calls and chats while there are agents with room; returns how many were assigned. */
    int assignWaiting() {
        int assigned = 0;
        while (assigned < MOST_PER_ROUND && Boolean.TRUE.equals(transactions.execute(tx -> assignNext().isPresent()))) {
            assigned++;
        }
        return assigned;
    }

    /** One case to one agent, in the caller's transaction; empty when switched off or nobody or nothing fits. */
    Optional<CaseAutoAssigned> assignNext() {
        AssignmentSettings.Setting setting = settings.current();
        if (!setting.automatic()) {
            return Optional.empty();
        }
        List<CareCase> waiting = cases.queue().stream()
                .filter(c -> c.getStatus() == CaseStatus.OPEN && c.getAssigneeId() == null && presence.isLive(c.getType().name())
                        && c.getChannel() != Channel.VOICE)
                .toList();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        for (Candidate agent : candidates(setting.maxChats())) {
            if (!lockAndCheck(agent.id(), setting.maxChats())) {
                continue;
            }
            for (CareCase c : waiting) {
                // read again under the agent's lock: a node that gave this agent the case has committed by now,
                // and the claim would answer "yours already" instead of refusing
                if (!unassigned(c.getId())) {
                    continue;
                }
                if (cases.claim(c.getId(), agent.id(), agent.username()).claimed()) {
                    cases.record(c.getId(), "AUTO_ASSIGNED", "system", agent.name());
                    CaseAutoAssigned done = new CaseAutoAssigned(c.getId(), agent.id());
                    events.publishEvent(done);
                    log.info("Case {} assigned automatically to agent {}", c.getId(), agent.id());
                    return Optional.of(done);
                }
            }
            return Optional.empty(); // every waiting case was taken meanwhile
        }
        return Optional.empty();
    }

    private record Candidate(long id, String username, String name, int held, Instant since) {
    }

    /** Active agents (role AGENT: supervisors and admins take cases themselves) who are 空闲, 话后处理 or 通话中, with room, fewest held first, then longest in their state. */
    private List<Candidate> candidates(int maxChats) {
        List<Candidate> out = new ArrayList<>();
        jdbc.query("""
                select a.id, a.username, a.display_name, (select max(c.at) from agent_state_change c where c.agent_id = a.id)
                from agent a where a.active = true and a.role = 'AGENT' and a.state in ('AVAILABLE', 'WRAP_UP', 'ENGAGED')""", rs -> {
            long id = rs.getLong(1);
            OffsetDateTime since = rs.getObject(4, OffsetDateTime.class);
            int held = room(id);
            if (held < maxChats) {
                out.add(new Candidate(id, rs.getString(2), rs.getString(3), held, since == null ? Instant.EPOCH : since.toInstant()));
            }
        });
        out.sort(Comparator.comparingInt(Candidate::held).thenComparing(Candidate::since).thenComparingLong(Candidate::id));
        return out;
    }

    /** Calls and chats the agent holds; a phone call counts as full. */
    private int room(long agentId) {
        return presence.callsHeld(agentId) > 0 ? Integer.MAX_VALUE : presence.contactsHeld(agentId);
    }

    private boolean unassigned(long caseId) {
        return jdbc.queryForList("select id from care_case where id = ? and assignee_id is null and status = 'OPEN'", Long.class, caseId)
                .size() == 1;
    }

    /** Locks the agent's row until this transaction ends, then checks their state and room again. */
    private boolean lockAndCheck(long agentId, int maxChats) {
        List<String> state = jdbc.queryForList("select state from agent where id = ? for update", String.class, agentId);
        if (state.isEmpty()) {
            return false;
        }
        AgentState s = AgentState.valueOf(state.get(0));
        boolean mayTake = s == AgentState.AVAILABLE || s == AgentState.WRAP_UP || s == AgentState.ENGAGED;
        return mayTake && room(agentId) < maxChats;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseOpened opened) {
        try {
            assignWaiting();
        } catch (RuntimeException e) {
            // whoever opened the case must not fail for it: the sweep tries again
            log.warn("Automatic assignment after case {} opened failed: {}", opened.caseId(), e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${hotline.console.presence.check-every:PT10S}")
    void sweep() {
        assignWaiting();
    }
}
