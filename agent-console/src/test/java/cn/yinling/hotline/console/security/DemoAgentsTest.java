package cn.yinling.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.password.PasswordPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts exist only with demo data, starting twice creates nothing new, and their password passes the policy. */
@SpringBootTest(classes = ConsoleTestApplication.class)
class DemoAgentsTest {

    @Autowired
    AgentRepository agents;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;

    @Test
    void noDemoAccountsWithoutDemoData() {
        long before = agents.count();
        new DemoAgents(cases(false), console("yinling-demo"), agents, encoder, policy).run(null);
        assertThat(agents.count()).isEqualTo(before);
    }

    @Test
    void demoDataCreatesTheAccountsOnceWithTheDocumentedPassword() {
        DemoAgents demo = new DemoAgents(cases(true), console("yinling-demo"), agents, encoder, policy);
        demo.run(null);
        long count = agents.count();
        demo.run(null);
        assertThat(agents.count()).isEqualTo(count);
        assertThat(agents.findByUsername("supervisor").orElseThrow().getRole()).isEqualTo(AgentRole.SUPERVISOR);
        assertThat(encoder.matches("yinling-demo", agents.findByUsername("agent1").orElseThrow().getPasswordHash())).isTrue();
        assertThat(agents.findByUsername("agent2")).isPresent();
        assertThat(agents.findByUsername("admin")).isPresent();
    }

    @Test
    void theDocumentedDemoPasswordPassesThePolicyForEveryDemoAccount() {
        for (String username : List.of("agent1", "agent2", "supervisor", "admin")) {
            assertThat(policy.check(username, "yinling-demo")).as(username).isEmpty();
        }
    }

    @Test
    void aWeakDemoPasswordStopsTheStartInsteadOfCreatingAccounts() {
        long before = agents.count();
        assertThatThrownBy(() -> new DemoAgents(cases(true), console("1111111111"), agents, encoder, policy).run(null))
                .hasMessageContaining("hotline.console.demo-password");
        assertThat(agents.count()).isEqualTo(before);
    }

    private static ConsoleProperties console(String demoPassword) {
        return new ConsoleProperties(Duration.ofMinutes(30), demoPassword,
                new ConsoleProperties.SignIn(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new ConsoleProperties.Password(10));
    }

    private static CasesProperties cases(boolean demo) {
        return new CasesProperties(ZoneId.of("Asia/Shanghai"), "0555", List.of(), "x", Map.of(), demo, false);
    }
}
