package cn.yinling.hotline.console.wallboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.queue.AnswerTimes;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.console.ConsoleMessages;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the wallboard's figures. "Answered within 60 s today" counts phone calls as the queue does
 * ({@link QueueCalls#answerTimes}: from joining the queue to an agent answering; calls still waiting are
 * not decided) together with chats handed over to a person today (from the hand-over to the first
 * claim; open and unclaimed ones are not decided).
 */
@Component
class Wallboards {

    static final int ANSWER_TARGET_SECONDS = 60;

    private final Cases cases;
    private final AgentRepository agents;
    private final QueueCalls queueCalls;
    private final JdbcTemplate jdbc;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    Wallboards(Cases cases, AgentRepository agents, QueueCalls queueCalls, JdbcTemplate jdbc, ConsoleMessages messages,
            CasesProperties properties, Clock clock) {
        this.cases = cases;
        this.agents = agents;
        this.queueCalls = queueCalls;
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Wallboard now() {
        Instant now = clock.instant();
        List<CareCase> waiting = cases.queue().stream()
                .filter(c -> c.getStatus() == CaseStatus.OPEN && c.getAssigneeId() == null).toList();
        long longest = waiting.stream().map(CareCase::getCreatedAt).min(Comparator.naturalOrder()).map(Instant::toEpochMilli).orElse(0L);
        int emergencies = (int) waiting.stream().filter(c -> c.priority() == Priority.EMERGENCY).count();
        Instant dayStart = LocalDate.ofInstant(now, properties.zone()).atStartOfDay(properties.zone()).toInstant();
        AnswerTimes.Figures calls = queueCalls.answerTimes(dayStart, now.plusMillis(1)).overall();
        long[] chats = chatsWithin(dayStart, now);
        long within = calls.answeredWithin60s() + chats[0];
        long answered = calls.answered() + chats[1];
        long decided = calls.offered() - calls.waiting() + chats[2];
        String percent = decided == 0 ? "—" : Math.round(100.0 * within / decided) + "%";
        return new Wallboard(now.toEpochMilli(), waiting.size(), emergencies, longest, states(), percent, answered, decided);
    }

    /** Agents (supervisors and admins only when signed in) by state, most useful first. */
    private List<Wallboard.StateLine> states() {
        List<Agent> active = agents.findAll().stream().filter(Agent::isActive)
                .filter(a -> a.getRole() == AgentRole.AGENT || a.getState() != AgentState.OFFLINE).toList();
        List<Wallboard.StateLine> out = new ArrayList<>();
        for (AgentState s : List.of(AgentState.AVAILABLE, AgentState.ENGAGED, AgentState.WRAP_UP, AgentState.BUSY,
                AgentState.AWAY, AgentState.OFFLINE)) {
            List<String> names = active.stream().filter(a -> a.getState() == s).map(Agent::getDisplayName).sorted().toList();
            out.add(new Wallboard.StateLine(s.name(), messages.get("state." + s), names.size(), names));
        }
        return out;
    }

    /** Chats handed over today: {answered within 60 s, answered, decided}. */
    private long[] chatsWithin(Instant from, Instant now) {
        long[] out = new long[3];
        jdbc.query("""
                select c.created_at,
                       (select min(e.at) from case_event e where e.case_id = c.id and e.kind = 'CLAIMED'),
                       c.status in ('OPEN', 'CLAIMED')
                from care_case c
                where c.type = 'HANDOFF' and c.channel in ('WECHAT', 'WEB') and c.created_at >= ? and c.created_at <= ?""",
                rs -> {
                    Timestamp opened = rs.getTimestamp(1);
                    Timestamp claimed = rs.getTimestamp(2);
                    if (claimed != null) {
                        out[2]++;
                        out[1]++;
                        if (claimed.getTime() - opened.getTime() <= ANSWER_TARGET_SECONDS * 1000L) {
                            out[0]++;
                        }
                    } else if (!rs.getBoolean(3)) {
                        out[2]++;
                    }
                }, Timestamp.from(from), Timestamp.from(now));
        return out;
    }
}
