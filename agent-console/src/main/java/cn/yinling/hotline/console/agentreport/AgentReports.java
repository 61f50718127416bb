package cn.yinling.hotline.console.agentreport;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.presence.Presence;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-agent report (坐席报表): for each agent, over a range of days, the cases handled, how soon
 * they took cases, how long they worked on them, their after-call work and the ratings of the visits
 * they booked. Agents with nothing in the range are listed too (all zero), deactivated ones only
 * when they did something.
 */
@Component
class AgentReports {

    private final AgentRepository agents;
    private final Presence presence;
    private final JdbcTemplate jdbc;
    private final ConsoleMessages messages;

    AgentReports(AgentRepository agents, Presence presence, JdbcTemplate jdbc, ConsoleMessages messages) {
        this.agents = agents;
        this.presence = presence;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<AgentReportLine> lines(ReportRange range) {
        Instant from = range.start();
        Instant to = range.endExclusive();
        Map<String, List<Long>> firstResponses = new HashMap<>();
        jdbc.query("""
                select e.actor, c.created_at, e.at from case_event e join care_case c on c.id = e.case_id
                where e.kind = 'CLAIMED' and e.at >= ? and e.at < ?""", rs -> {
            long seconds = Math.max(0, Duration.between(instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))).toSeconds());
            firstResponses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(seconds);
        }, Timestamp.from(from), Timestamp.from(to));
        Map<Long, List<Long>> handling = new HashMap<>();
        jdbc.query("""
                select c.assignee_id, c.closed_at,
                       (select min(e.at) from case_event e where e.case_id = c.id and e.kind in ('CLAIMED', 'REASSIGNED'))
                from care_case c where c.assignee_id is not null and c.closed_at >= ? and c.closed_at < ?""", rs -> {
            Timestamp taken = rs.getTimestamp(3);
            long seconds = taken == null ? -1 : Math.max(0, Duration.between(instant(taken), instant(rs.getTimestamp(2))).toSeconds());
            handling.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(seconds);
        }, Timestamp.from(from), Timestamp.from(to));
        Map<String, long[]> ratings = new HashMap<>();
        jdbc.query("""
                select b.requested_by, count(r.rating), sum(r.rating) from service_record r join booking b on b.id = r.booking_id
                where r.rating is not null and r.recorded_at >= ? and r.recorded_at < ? group by b.requested_by""",
                rs -> {
                    ratings.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, Timestamp.from(from), Timestamp.from(to));
        Map<Long, Map<AgentState, Duration>> states = presence.timeInStates(from, to);
        List<AgentReportLine> out = new ArrayList<>();
        for (Agent a : agents.findAll()) {
            List<Long> first = firstResponses.getOrDefault(a.getUsername(), List.of());
            List<Long> handled = handling.getOrDefault(a.getId(), List.of());
            long[] rated = ratings.getOrDefault(a.getUsername(), new long[2]);
            long wrapUp = states.getOrDefault(a.getId(), Map.of()).getOrDefault(AgentState.WRAP_UP, Duration.ZERO).toSeconds();
            boolean didSomething = !first.isEmpty() || !handled.isEmpty() || rated[0] > 0 || wrapUp > 0;
            if (!a.isActive() && !didSomething) {
                continue;
            }
            List<Long> measured = handled.stream().filter(s -> s >= 0).toList();
            out.add(new AgentReportLine(a.getId(), a.getDisplayName(), a.getUsername(), messages.get("role." + a.getRole()),
                    handled.size(), median(first), average(first), average(measured), wrapUp,
                    words(wrapUp / range.days()), rated[0], rated[0] == 0 ? "—" : tenths(rated[1] * 10 / rated[0])));
        }
        out.sort(Comparator.comparingLong(AgentReportLine::handled).reversed().thenComparing(AgentReportLine::name));
        return out;
    }

    /** Seconds in words for the page: 45秒, 3分20秒, 1小时5分. */
    public String words(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = seconds;
        if (s < 60) {
            return messages.get("report.seconds", s);
        }
        if (s < 3600) {
            return messages.get("report.minutes", s / 60, s % 60);
        }
        return messages.get("report.hours", s / 3600, s % 3600 / 60);
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static Long average(List<Long> values) {
        return values.isEmpty() ? null : Math.round(values.stream().mapToLong(Long::longValue).average().orElse(0));
    }

    private static String tenths(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }
}
