package cn.yinling.hotline.console.clicktocall;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone click-to-call rings first, set by the agent for themselves or by an admin for anyone.
 * An agent may name an endpoint of the PBX only ({@code PJSIP/8001}): no {@code @}, so no dial
 * string through a trunk that would have the hotline ring an outside number first; an admin may also
 * give a {@code Local/…@context}. Every change is audited.
 */
@Service
class AgentPhones {

    static final Pattern OWN = Pattern.compile("(PJSIP|SIP|IAX2)/[A-Za-z0-9_.-]{1,50}");
    static final Pattern BY_ADMIN = Pattern.compile("(PJSIP|SIP|IAX2|Local)/[A-Za-z0-9_.@-]{1,50}");

    private final AgentRepository agents;
    private final ConsoleAudit audit;

    AgentPhones(AgentRepository agents, ConsoleAudit audit) {
        this.agents = agents;
        this.audit = audit;
    }

    /** False when the phone is not one the agent may set (nothing changed); blank clears it. */
    @Transactional
    boolean setOwn(Agent me, String typed) {
        return set(me.getId(), typed, OWN, me.getUsername());
    }

    @Transactional
    boolean setByAdmin(long agentId, String typed, Agent admin) {
        return set(agentId, typed, BY_ADMIN, admin.getUsername());
    }

    @Transactional(readOnly = true)
    Agent get(long agentId) {
        return agents.findById(agentId).orElseThrow(() -> new NoSuchElementException("No agent " + agentId));
    }

    private boolean set(long agentId, String typed, Pattern allowed, String actor) {
        String phone = typed == null ? "" : typed.strip();
        if (!phone.isEmpty() && !allowed.matcher(phone).matches()) {
            return false;
        }
        Agent agent = get(agentId);
        agent.changePhoneExtension(phone);
        agents.save(agent);
        audit.record(actor, Action.UPDATE, null, "phoneExtension", agent.getUsername(), phone.isEmpty() ? "—" : phone);
        return true;
    }
}
