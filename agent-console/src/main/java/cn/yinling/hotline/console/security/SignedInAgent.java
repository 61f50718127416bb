package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import java.security.Principal;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is acting: always the signed-in agent, never an id from a form. Public because every console
 * feature (queue, workspace, dashboard) needs it.
 */
@Component
public class SignedInAgent {

    private final AgentRepository agents;

    SignedInAgent(AgentRepository agents) {
        this.agents = agents;
    }

    @Transactional(readOnly = true)
    public Agent of(Principal principal) {
        if (principal == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return agents.findByUsername(principal.getName())
                .orElseThrow(() -> new NoSuchElementException("No agent " + principal.getName()));
    }

    public static boolean supervises(Agent agent) {
        return agent.getRole() == AgentRole.SUPERVISOR || agent.getRole() == AgentRole.ADMIN;
    }
}
