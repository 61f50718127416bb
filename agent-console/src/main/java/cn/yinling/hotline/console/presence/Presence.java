package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an agent is available, busy or away (offline when signed out), and since when. Each
 * change goes to the audit log (no elder, detail {@code presence <STATE>}): the agent table keeps
 * only the current state, and the log is shared by every node, survives restarts and tells a
 * supervisor afterwards who was away when.
 */
@Service
public class Presence {

    static final String DETAIL = "presence ";

    private final AgentRepository agents;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    Presence(AgentRepository agents, AuditTrail audit, JdbcTemplate jdbc) {
        this.agents = agents;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Sets the state; only a change is recorded, so signing in again does not restart the time in state. */
    @Transactional
    public void set(String username, AgentState state) {
        agents.findByUsername(username).filter(a -> a.getState() != state).ifPresent(a -> {
            a.setState(state);
            audit.record(username, AuditEntry.Action.UPDATE, null, DETAIL + state);
        });
    }

    /** Each agent's last recorded change (username → state and when), for the time in the current state. */
    @Transactional(readOnly = true)
    public Map<String, Change> lastChanges() {
        Map<String, Change> out = new HashMap<>();
        jdbc.query("""
                select a.actor, a.detail, a.at from audit_log a
                where a.elder_id is null and a.detail like 'presence %'
                  and a.at = (select max(b.at) from audit_log b
                              where b.actor = a.actor and b.elder_id is null and b.detail like 'presence %')""",
                rs -> {
                    String state = rs.getString(2).substring(DETAIL.length());
                    Instant at = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
                    out.merge(rs.getString(1), new Change(state, at), (x, y) -> x.at().isAfter(y.at()) ? x : y);
                });
        return out;
    }

    /** One recorded change of an agent's state. */
    public record Change(String state, Instant at) {
    }
}
