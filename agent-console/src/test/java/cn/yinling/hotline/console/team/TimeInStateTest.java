package cn.yinling.hotline.console.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import cn.yinling.hotline.console.presence.Presence;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The team page shows how long each agent has been available, busy or away. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class TimeInStateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Presence presence;
    @Autowired
    TestClock clock;

    Duration advanced = Duration.ZERO;

    @AfterEach
    void turnTheClockBack() {
        clock.advance(advanced.negated());
    }

    @Test
    void anAgentWhoSetThemselfBusyShowsHowLongAgo() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        mvc.perform(post("/console/me/state").param("state", "BUSY").with(user(li.getUsername()).roles("AGENT")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        advance(Duration.ofMinutes(75));

        assertThat(row(li)).contains("忙碌").contains("1 小时 15 分钟");
    }

    @Test
    void settingTheSameStateAgainDoesNotRestartTheTime() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        presence.set(li.getUsername(), AgentState.AWAY);
        advance(Duration.ofMinutes(10));
        presence.set(li.getUsername(), AgentState.AWAY);
        advance(Duration.ofMinutes(5));

        assertThat(inState(li)).isEqualTo("15 分钟");

        presence.set(li.getUsername(), AgentState.AVAILABLE);
        advance(Duration.ofMinutes(2));

        assertThat(inState(li)).isEqualTo("2 分钟");
        assertThat(row(li)).contains("空闲");
    }

    @Test
    void anAgentWhoseStateNeverChangedShowsNoTime() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");

        assertThat(inState(li)).isEqualTo("—");
    }

    private void advance(Duration d) {
        clock.advance(d);
        advanced = advanced.plus(d);
    }

    private String teamPage() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        return mvc.perform(get("/console/supervisor/team").with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String row(Agent agent) throws Exception {
        String html = teamPage();
        int start = html.indexOf("id=\"member-" + agent.getId() + "\"");
        assertThat(start).as("row of %s", agent.getDisplayName()).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private String inState(Agent agent) throws Exception {
        Matcher m = Pattern.compile("class=\"in-state\">([^<]*)<").matcher(row(agent));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
