package cn.yinling.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.ConsoleTestApplication;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts exist only with demo data, and starting twice creates nothing new. */
@SpringBootTest(classes = ConsoleTestApplication.class)
class DemoAgentsTest {

    @Autowired
    AgentRepository agents;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void noDemoAccountsWithoutDemoData() {
        long before = agents.count();
        new DemoAgents(cases(false), new ConsoleProperties(Duration.ofMinutes(30), "yinling-demo"), agents, encoder).run(null);
        assertThat(agents.count()).isEqualTo(before);
    }

    @Test
    void demoDataCreatesTheAccountsOnceWithTheDocumentedPassword() {
        DemoAgents demo = new DemoAgents(cases(true), new ConsoleProperties(Duration.ofMinutes(30), "yinling-demo"),
                agents, encoder);
        demo.run(null);
        long count = agents.count();
        demo.run(null);
        assertThat(agents.count()).isEqualTo(count);
        assertThat(agents.findByUsername("supervisor").orElseThrow().getRole()).isEqualTo(AgentRole.SUPERVISOR);
        assertThat(encoder.matches("yinling-demo", agents.findByUsername("agent1").orElseThrow().getPasswordHash())).isTrue();
        assertThat(agents.findByUsername("agent2")).isPresent();
        assertThat(agents.findByUsername("admin")).isPresent();
    }

    private static CasesProperties cases(boolean demo) {
        return new CasesProperties(ZoneId.of("Asia/Shanghai"), "0555", List.of(), "x", Map.of(), demo);
    }
}
