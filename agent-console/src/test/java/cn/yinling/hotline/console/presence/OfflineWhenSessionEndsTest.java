package cn.yinling.hotline.console.presence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session the server ends (the browser was closed, nobody came back) leaves its agent offline, not 空闲. */
@SpringBootTest(classes = ConsoleTestApplication.class)
class OfflineWhenSessionEndsTest {

    @Autowired
    OfflineWhenSessionEnds listener;
    @Autowired
    Presence presence;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AgentRepository agents;

    @Test
    void theAgentOfAnEndedSessionIsOffline() {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        presence.set(li.getUsername(), AgentState.AVAILABLE);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(li.getUsername(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_AGENT")))));

        listener.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(agents.findById(li.getId()).orElseThrow().getState()).isEqualTo(AgentState.OFFLINE);
    }

    @Test
    void aSessionNobodySignedInToChangesNobody() {
        Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
        presence.set(zhou.getUsername(), AgentState.AVAILABLE);
        listener.sessionDestroyed(new HttpSessionEvent(new MockHttpSession()));
        assertThat(agents.findById(zhou.getId()).orElseThrow().getState()).isEqualTo(AgentState.AVAILABLE);
    }
}
