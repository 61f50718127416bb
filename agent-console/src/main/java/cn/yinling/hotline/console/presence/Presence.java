package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether an agent is available, busy or away (offline when signed out). */
@Service
public class Presence {

    private final AgentRepository agents;

    Presence(AgentRepository agents) {
        this.agents = agents;
    }

    @Transactional
    public void set(String username, AgentState state) {
        agents.findByUsername(username).ifPresent(a -> a.setState(state));
    }
}
