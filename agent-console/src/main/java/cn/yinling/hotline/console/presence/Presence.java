package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an agent is available, busy, away, on a call or chat, in after-call work or offline, and
 * since when. Each change is one conditional update of the agent's row (so two nodes moving the same
 * agent at once cannot both apply their change) and one row of {@code agent_state_change}, from which
 * the time in each state is reported; it also goes to the audit log (detail {@code presence <STATE>}).
 * Which change leads where is {@link PresenceRules}.
 */
@Service
public class Presence {

    static final String DETAIL = "presence ";

    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final PresenceProperties properties;
    private final PresenceRules rules;
    private final Clock clock;

    Presence(AuditTrail audit, JdbcTemplate jdbc, PresenceProperties properties, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.rules = properties.rules();
        this.clock = clock;
    }

    /**
     * Sets the state the way the agent or the sign-in does: {@code OFFLINE} is a sign-out, anything
     * else a choice. Only a change is recorded, so choosing the same state again keeps its time.
     */
    @Transactional
    public void set(String username, AgentState state) {
        agentId(username).ifPresent(id -> {
            if (state == AgentState.OFFLINE) {
                move(id, username, PresenceCause.SIGNED_OUT, null);
            } else {
                move(id, username, PresenceCause.CHOSEN, state);
            }
        });
    }

    @Transactional
    public void signedIn(String username) {
        agentId(username).ifPresent(id -> move(id, username, PresenceCause.SIGNED_IN, null));
    }

    /** The agent took a call or chat: 通话中 (unless offline). */
    @Transactional
    public void tookContact(long agentId) {
        username(agentId).ifPresent(u -> move(agentId, u, PresenceCause.CONTACT, null));
    }

    /** A call or chat of the agent's ended: 话后处理 once it was the last one they held. */
    @Transactional
    public void contactEnded(long agentId) {
        username(agentId).ifPresent(u -> move(agentId, u, PresenceCause.CONTACT_ENDED, null));
    }

    /**
     * Agents whose after-call work has lasted {@code max-wrap-up} become available again; agents 通话中
     * who hold no call or chat any more (theirs was reassigned) start their after-call work.
     * Returns how many agents were moved.
     */
    @Transactional
    public int moveOn() {
        Instant now = clock.instant();
        int moved = 0;
        for (Map.Entry<Long, Change> e : lastChangesById().entrySet()) {
            long id = e.getKey();
            String state = jdbc.queryForObject("select state from agent where id = ?", String.class, id);
            if (AgentState.WRAP_UP.name().equals(state) && rules.wrapUpOver(e.getValue().at(), now)) {
                moved += username(id).map(u -> move(id, u, PresenceCause.WRAP_UP_OVER, null) ? 1 : 0).orElse(0);
            } else if (AgentState.ENGAGED.name().equals(state) && !holdsContacts(id)) {
                moved += username(id).map(u -> move(id, u, PresenceCause.CONTACT_ENDED, null) ? 1 : 0).orElse(0);
            }
        }
        return moved;
    }

    /** The agent's state now, as stored. */
    @Transactional(readOnly = true)
    public AgentState stateOf(long agentId) {
        return AgentState.valueOf(jdbc.queryForObject("select state from agent where id = ?", String.class, agentId));
    }

    /** How many open calls and chats ({@code live-case-types}) the agent holds. */
    @Transactional(readOnly = true)
    public int contactsHeld(long agentId) {
        return held(agentId, "");
    }

    /** How many of those are phone calls. */
    @Transactional(readOnly = true)
    public int callsHeld(long agentId) {
        return held(agentId, " and channel = 'VOICE'");
    }

    private int held(long agentId, String andChannel) {
        List<String> types = List.copyOf(properties.liveCaseTypes());
        if (types.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", java.util.Collections.nCopies(types.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(agentId);
        args.addAll(types);
        Integer n = jdbc.queryForObject("select count(*) from care_case where assignee_id = ? and status in ('OPEN', 'CLAIMED') "
                + "and type in (" + marks + ")" + andChannel, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** Whether a case of this type is a person on the line or in a chat. */
    public boolean isLive(String caseType) {
        return properties.liveCaseTypes().contains(caseType);
    }

    /** Each agent's last recorded change (username → state and when), for the time in the current state. */
    @Transactional(readOnly = true)
    public Map<String, Change> lastChanges() {
        Map<String, Change> out = new HashMap<>();
        jdbc.query("""
                select a.username, c.state, c.at from agent_state_change c join agent a on a.id = c.agent_id
                where c.id = (select max(d.id) from agent_state_change d where d.agent_id = c.agent_id)""",
                rs -> {
                    out.put(rs.getString(1), new Change(rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                });
        return out;
    }

    /**
     * Time each agent spent in each state between {@code from} and {@code to} (or now, if earlier),
     * from the recorded changes; an agent's state before their first change in the range is that of
     * their last change before it.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<AgentState, Duration>> timeInStates(Instant from, Instant to) {
        Instant end = to.isAfter(clock.instant()) ? clock.instant() : to;
        Map<Long, Map<AgentState, Duration>> out = new HashMap<>();
        Map<Long, Object[]> current = new HashMap<>(); // agent → {state, since}
        jdbc.query("""
                select c.agent_id, c.state from agent_state_change c
                where c.id = (select max(d.id) from agent_state_change d where d.agent_id = c.agent_id and d.at < ?)""",
                rs -> {
                    current.put(rs.getLong(1), new Object[] {AgentState.valueOf(rs.getString(2)), from});
                }, Timestamp.from(from));
        jdbc.query("select agent_id, state, at from agent_state_change where at >= ? and at < ? order by at, id", rs -> {
            long agent = rs.getLong(1);
            Instant at = rs.getObject(3, OffsetDateTime.class).toInstant();
            Object[] was = current.get(agent);
            if (was != null) {
                add(out, agent, (AgentState) was[0], (Instant) was[1], at);
            }
            current.put(agent, new Object[] {AgentState.valueOf(rs.getString(2)), at});
        }, Timestamp.from(from), Timestamp.from(end));
        current.forEach((agent, was) -> add(out, agent, (AgentState) was[0], (Instant) was[1], end));
        return out;
    }

    private static void add(Map<Long, Map<AgentState, Duration>> out, long agent, AgentState state, Instant from, Instant to) {
        if (to.isAfter(from)) {
            out.computeIfAbsent(agent, a -> new EnumMap<>(AgentState.class)).merge(state, Duration.between(from, to), Duration::plus);
        }
    }

    /** Applies {@code cause} to the agent's current state; true when the state changed. */
    private boolean move(long agentId, String username, PresenceCause cause, AgentState chosen) {
        for (int attempt = 0; attempt < 3; attempt++) {
            AgentState from = stateOf(agentId);
            boolean holds = cause != PresenceCause.SIGNED_OUT && cause != PresenceCause.CONTACT && contactsHeld(agentId) > 0;
            Optional<AgentState> to = rules.next(from, cause, chosen, holds);
            if (to.isEmpty()) {
                return false;
            }
            if (jdbc.update("update agent set state = ? where id = ? and state = ?", to.get().name(), agentId, from.name()) == 1) {
                jdbc.update("insert into agent_state_change (agent_id, state, cause, at) values (?, ?, ?, ?)",
                        agentId, to.get().name(), cause.name(), Timestamp.from(clock.instant()));
                audit.record(username, AuditEntry.Action.UPDATE, null, DETAIL + to.get());
                return true;
            }
            // another node moved the agent meanwhile: decide again from the state it left
        }
        return false;
    }

    private boolean holdsContacts(long agentId) {
        return contactsHeld(agentId) > 0;
    }

    private Map<Long, Change> lastChangesById() {
        Map<Long, Change> out = new HashMap<>();
        jdbc.query("""
                select c.agent_id, c.state, c.at from agent_state_change c
                where c.id = (select max(d.id) from agent_state_change d where d.agent_id = c.agent_id)
                and c.state in ('WRAP_UP', 'ENGAGED')""",
                rs -> {
                    out.put(rs.getLong(1), new Change(rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                });
        return out;
    }

    private Optional<Long> agentId(String username) {
        return jdbc.queryForList("select id from agent where username = ?", Long.class, username).stream().findFirst();
    }

    private Optional<String> username(long agentId) {
        return jdbc.queryForList("select username from agent where id = ?", String.class, agentId).stream().findFirst();
    }

    /** One recorded change of an agent's state. */
    public record Change(String state, Instant at) {
    }
}
