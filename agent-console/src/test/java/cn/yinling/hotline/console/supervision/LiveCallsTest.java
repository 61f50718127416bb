package cn.yinling.hotline.console.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.queue.QueueCall;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.supervision.CallMonitor;
import cn.yinling.hotline.cases.supervision.MonitorMode;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A supervisor sees the calls agents are on and joins one (listen, whisper, barge): the hotline rings
 * the supervisor's own phone into the agent's channel, and the audit log says who joined which call
 * how. Agents cannot; neither can a form posted without the console's token.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, properties = "hotline.supervision.phone=PJSIP/monitor99")
@AutoConfigureMockMvc
@Import(LiveCallsTest.RecordingMonitor.class)
class LiveCallsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** The PBX as the console sees it: records each request instead of ringing anyone. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingMonitor {

        record Rung(String phone, String agentChannel, MonitorMode mode) {
        }

        static final List<Rung> RUNG = new CopyOnWriteArrayList<>();

        @Bean
        CallMonitor recordingCallMonitor() {
            return (phone, channel, mode) -> RUNG.add(new Rung(phone, channel, mode));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AgentRepository agents;
    @Autowired
    Cases cases;
    @Autowired
    QueueCalls queueCalls;
    @Autowired
    AuditTrail audit;

    Agent supervisor;
    Agent agent;
    CareCase theCase;
    QueueCall live;
    String agentChannel;

    @BeforeEach
    void anAgentOnACall() {
        supervisor = agents.save(new Agent("boss-" + SEQ.incrementAndGet(), "陈敏", "x", AgentRole.SUPERVISOR,
                "PJSIP/supervisor" + SEQ.get()));
        agent = agents.save(new Agent("agent-call-" + SEQ.incrementAndGet(), "李娜", "x", AgentRole.AGENT,
                "PJSIP/agent" + SEQ.get()));
        theCase = cases.openHandoff(null, "来电转人工", Priority.HIGH, Channel.VOICE, "ivr");
        String uniqueid = "1795376000." + SEQ.incrementAndGet();
        agentChannel = agent.getQueueInterface() + "-0000" + SEQ.get();
        queueCalls.handedOver(uniqueid, theCase.caseId(), null, "13800000009", Priority.HIGH);
        queueCalls.joined(uniqueid, "hotline-q", "13800000009");
        queueCalls.answered(uniqueid, "hotline-q", agent.getQueueInterface(), agent.getUsername(), 12,
                "PJSIP/trunk-00000001", agentChannel);
        live = queueCalls.find(uniqueid).orElseThrow();
    }

    @Nested
    class ForASupervisor {

        @Test
        void thePageListsTheLiveCallWithItsAgentCaseAndTheThreeModes() throws Exception {
            mvc.perform(get("/console/supervisor/calls").with(as(supervisor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"call-" + live.getId() + "\"")))
                    .andExpect(content().string(containsString("李娜")))
                    .andExpect(content().string(containsString("/console/cases/" + theCase.getId())))
                    .andExpect(content().string(containsString("/console/supervisor/calls/" + live.getId() + "/monitor")))
                    .andExpect(content().string(containsString(">监听<")))
                    .andExpect(content().string(containsString(">耳语<")))
                    .andExpect(content().string(containsString(">强插<")));
        }

        @Test
        void whisperingRingsTheSupervisorsOwnPhoneIntoTheAgentsChannelAndIsAudited() throws Exception {
            mvc.perform(post("/console/supervisor/calls/{id}/monitor", live.getId()).param("mode", "WHISPER")
                            .with(as(supervisor)).with(csrf()))
                    .andExpect(redirectedUrl("/console/supervisor/calls"))
                    .andExpect(flash().attribute("done", "正在呼叫您的分机 " + supervisor.getQueueInterface()
                            + "，接听后即可耳语李娜的通话。"));

            assertThat(RecordingMonitor.RUNG).contains(new RecordingMonitor.Rung(supervisor.getQueueInterface(),
                    agentChannel, MonitorMode.WHISPER));
            assertThat(audit.search(new AuditSearch(supervisor.getUsername(), AuditEntry.Action.MONITOR, null,
                    theCase.getId(), null, null), 0, 10).getContent()).singleElement().satisfies(e -> {
                        assertThat(e.getDetail()).isEqualTo("耳语坐席 李娜 的通话（通话 " + live.getUniqueid()
                                + "），呼叫分机 " + supervisor.getQueueInterface());
                        assertThat(e.getAt()).isNotNull();
                    });
        }

        @Test
        void aSupervisorWithoutAnExtensionIsRungOnTheConfiguredOne() throws Exception {
            Agent noPhone = agents.save(new Agent("boss-" + SEQ.incrementAndGet(), "王主管", "x", AgentRole.ADMIN, null));
            mvc.perform(post("/console/supervisor/calls/{id}/monitor", live.getId()).param("mode", "BARGE")
                    .with(as(noPhone)).with(csrf())).andExpect(redirectedUrl("/console/supervisor/calls"));
            assertThat(RecordingMonitor.RUNG).contains(new RecordingMonitor.Rung("PJSIP/monitor99", agentChannel,
                    MonitorMode.BARGE));
        }

        @Test
        void aCallThatEndedCannotBeJoined() throws Exception {
            queueCalls.completed(live.getUniqueid(), 30, "agent");
            int before = RecordingMonitor.RUNG.size();
            mvc.perform(post("/console/supervisor/calls/{id}/monitor", live.getId()).param("mode", "LISTEN")
                            .with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", "通话 #" + live.getId() + " 已经结束，无法监听。"));
            assertThat(RecordingMonitor.RUNG).hasSize(before);
        }
    }

    @Nested
    class NotForEveryone {

        @Test
        void anAgentCanNeitherSeeNorJoinLiveCalls() throws Exception {
            int before = RecordingMonitor.RUNG.size();
            mvc.perform(get("/console/supervisor/calls").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(post("/console/supervisor/calls/{id}/monitor", live.getId()).param("mode", "LISTEN")
                    .with(as(agent)).with(csrf())).andExpect(status().isForbidden());
            assertThat(RecordingMonitor.RUNG).hasSize(before);
            assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.MONITOR, null, null, null,
                    null), 0, 10).getContent()).isEmpty();
        }

        @Test
        void aFormPostedWithoutTheConsolesTokenIsRefused() throws Exception {
            int before = RecordingMonitor.RUNG.size();
            mvc.perform(post("/console/supervisor/calls/{id}/monitor", live.getId()).param("mode", "BARGE")
                    .with(as(supervisor))).andExpect(status().isForbidden());
            assertThat(RecordingMonitor.RUNG).hasSize(before);
        }
    }

    private static RequestPostProcessor as(Agent agent) {
        return user(agent.getUsername()).roles(agent.getRole().name());
    }
}
