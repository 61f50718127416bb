package cn.yinling.hotline.console;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Console accounts for tests, each with a fresh username so tests sharing one database never meet. */
public class TestAgents {

    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final AgentRepository agents;
    private final PasswordEncoder encoder;

    TestAgents(AgentRepository agents, PasswordEncoder encoder) {
        this.agents = agents;
        this.encoder = encoder;
    }

    public Agent create(AgentRole role, String displayName) {
        String username = role.name().toLowerCase() + "-" + SEQ.incrementAndGet();
        return agents.save(new Agent(username, displayName, encoder.encode(PASSWORD), role, null));
    }
}
