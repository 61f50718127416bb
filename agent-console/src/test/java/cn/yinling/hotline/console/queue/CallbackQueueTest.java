package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.callback.CallbackId;
import cn.yinling.hotline.cases.callback.CallbackState;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.callback.QueueFront;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The live queue shows a caller's callback on their case and in the list of callbacks, and an agent can cancel one. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class CallbackQueueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Cases cases;
    @Autowired
    Callbacks callbacks;
    @Autowired
    AuditTrail audit;

    Agent agent;
    CareCase waiting;
    CallbackId callback;

    @BeforeEach
    void aCallerWhoAskedToBeCalledBack() {
        agent = testAgents.create(AgentRole.AGENT, "李娜");
        waiting = cases.openHandoff(null, "来电转人工", Priority.HIGH, Channel.VOICE, "ivr");
        callback = callbacks.request(waiting.caseId(), null, "13744440001", Priority.HIGH, null);
    }

    @Test
    void theCasesRowAndTheListOfCallbacksShowIt() throws Exception {
        mvc.perform(get("/api/console/queue").with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + waiting.getId() + ")].callback")
                        .value(hasItem("回电：轮到时有坐席空闲即回拨")))
                .andExpect(jsonPath("$.callbacks[?(@.id == " + callback.value() + ")].caseId")
                        .value(hasItem((int) (long) waiting.getId())))
                .andExpect(jsonPath("$.callbacks[?(@.id == " + callback.value() + ")].cancellable").value(hasItem(true)));
        mvc.perform(get("/console/queue").with(as(agent)))
                .andExpect(content().string(containsString("回电（来电者不排队，轮到时回拨）")))
                .andExpect(content().string(containsString("id=\"callbacks\"")));
    }

    @Test
    void aRingingCallbackSaysSoAndCannotBeCancelled() throws Exception {
        clearTheLineAhead();
        callbacks.claimAtFront(new QueueFront(List.of(), 1, 1), "test-node");
        assertThat(callbacks.find(callback).orElseThrow().getState()).isEqualTo(CallbackState.DIALING);

        mvc.perform(get("/api/console/queue").with(as(agent)))
                .andExpect(jsonPath("$.items[?(@.id == " + waiting.getId() + ")].callback")
                        .value(hasItem("回电：正在拨打（第1次）")));
        mvc.perform(post("/console/callbacks/{id}/cancel", callback.value()).with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/queue"))
                .andExpect(flash().attribute("problem", "回电 #" + callback.value() + " 正在拨打或已结束，不能取消。"));
        assertThat(callbacks.find(callback).orElseThrow().getState()).isEqualTo(CallbackState.DIALING);
    }

    @Test
    void anAgentCancelsAWaitingCallbackAndTheAuditLogSaysWho() throws Exception {
        mvc.perform(post("/console/callbacks/{id}/cancel", callback.value()).with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/queue"))
                .andExpect(flash().attribute("done", "已取消回电 #" + callback.value() + "（案例 #" + waiting.getId() + "）。"));

        assertThat(callbacks.find(callback).orElseThrow().getState()).isEqualTo(CallbackState.CANCELLED);
        assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.UPDATE, null, waiting.getId(), null,
                null), 0, 10).getContent()).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("取消回电 #" + callback.value() + "（案例 #"
                        + waiting.getId() + "）"));
        mvc.perform(get("/api/console/queue").with(as(agent)))
                .andExpect(jsonPath("$.items[?(@.id == " + waiting.getId() + ")].callback").value(hasItem("回电：已取消")));
    }

    @Test
    void withoutTheFormsTokenNothingIsCancelled() throws Exception {
        mvc.perform(post("/console/callbacks/{id}/cancel", callback.value()).with(as(agent)))
                .andExpect(status().isForbidden());
        assertThat(callbacks.find(callback).orElseThrow().getState()).isEqualTo(CallbackState.REQUESTED);
    }

    /** Earlier tests' callbacks are ahead in the line; they are not this test's business. */
    private void clearTheLineAhead() {
        callbacks.open().stream().filter(c -> c.getId() != callback.value() && c.getState() == CallbackState.REQUESTED)
                .forEach(c -> callbacks.cancel(c.callbackId(), "test"));
    }

    private static RequestPostProcessor as(Agent agent) {
        return user(agent.getUsername()).roles(agent.getRole().name());
    }
}
