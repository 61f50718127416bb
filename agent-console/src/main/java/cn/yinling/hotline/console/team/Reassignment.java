package cn.yinling.hotline.console.team;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A supervisor hands an open case to another active account. The case's timeline records who
 * moved it, and the queue of every node hears of it through the case event.
 */
@Service
class Reassignment {

    enum Outcome { REASSIGNED, UNKNOWN_CASE, NOT_OPEN, UNKNOWN_AGENT, ALREADY_THERE }

    private final Cases cases;
    private final AgentRepository agents;

    Reassignment(Cases cases, AgentRepository agents) {
        this.cases = cases;
        this.agents = agents;
    }

    Outcome reassign(long caseId, long toAgentId, String supervisor) {
        Optional<Agent> to = agents.findById(toAgentId).filter(Agent::isActive);
        if (to.isEmpty()) {
            return Outcome.UNKNOWN_AGENT;
        }
        CareCase c;
        try {
            c = cases.get(caseId);
        } catch (NoSuchElementException e) {
            return Outcome.UNKNOWN_CASE;
        }
        if (!c.getStatus().isOpen()) {
            return Outcome.NOT_OPEN;
        }
        if (Long.valueOf(toAgentId).equals(c.getAssigneeId())) {
            return Outcome.ALREADY_THERE;
        }
        try {
            cases.reassign(caseId, toAgentId, supervisor);
        } catch (IllegalStateException e) {
            return Outcome.NOT_OPEN; // closed in between
        }
        return Outcome.REASSIGNED;
    }

    String nameOf(long agentId) {
        return agents.findById(agentId).map(Agent::getDisplayName).orElse("#" + agentId);
    }
}
