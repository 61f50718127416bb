package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.password.PasswordPolicy;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo console accounts (agent1, agent2, supervisor, admin), created at start-up only when
 * {@code hotline.cases.demo-data=true}, and only those missing, so restarts change nothing. Their
 * password ({@code hotline.console.demo-password}) must pass the password policy like any other.
 */
@Component
class DemoAgents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgents.class);

    private record Account(String username, String displayName, AgentRole role, String queueInterface) {
    }

    private static final Account[] ACCOUNTS = {
        new Account("agent1", "坐席一号 李娜", AgentRole.AGENT, "PJSIP/agent01"),
        new Account("agent2", "坐席二号 周强", AgentRole.AGENT, "PJSIP/agent02"),
        new Account("supervisor", "值班长 陈敏", AgentRole.SUPERVISOR, null),
        new Account("admin", "系统管理员", AgentRole.ADMIN, null),
    };

    private final CasesProperties cases;
    private final ConsoleProperties console;
    private final AgentRepository agents;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    DemoAgents(CasesProperties cases, ConsoleProperties console, AgentRepository agents, PasswordEncoder encoder,
            PasswordPolicy policy) {
        this.cases = cases;
        this.console = console;
        this.agents = agents;
        this.encoder = encoder;
        this.policy = policy;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cases.demoData()) {
            return;
        }
        int created = 0;
        for (Account a : ACCOUNTS) {
            List<PasswordPolicy.Problem> problems = policy.check(a.username(), console.demoPassword());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("hotline.console.demo-password is refused by the password policy for "
                        + a.username() + ": " + problems);
            }
            if (agents.findByUsername(a.username()).isEmpty()) {
                agents.save(new Agent(a.username(), a.displayName(), encoder.encode(console.demoPassword()), a.role(),
                        a.queueInterface()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo console accounts (agent1, agent2, supervisor, admin)", created);
        }
    }
}
