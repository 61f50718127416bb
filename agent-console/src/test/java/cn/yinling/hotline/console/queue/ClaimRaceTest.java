package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Two agents press "claim" on one case at the same moment: one gets it, the other is told who did. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ClaimRaceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Cases cases;

    @RepeatedTest(5)
    void exactlyOneOfTwoAgentsClaimingAtOnceGetsTheCase() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
        CareCase c = cases.openHandoff(null, "我要转人工", Priority.NORMAL, Channel.WEB, "bot");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (Agent a : List.of(li, zhou)) {
                results.add(pool.submit(() -> {
                    together.await();
                    return mvc.perform(post("/console/cases/" + c.getId() + "/claim")
                            .with(user(a.getUsername()).roles("AGENT")).with(csrf())).andReturn();
                }));
            }
            List<String> targets = new ArrayList<>();
            List<Object> problems = new ArrayList<>();
            for (Future<MvcResult> f : results) {
                MvcResult r = f.get();
                targets.add(r.getResponse().getRedirectedUrl());
                if (r.getFlashMap().get("problem") != null) {
                    problems.add(r.getFlashMap().get("problem"));
                }
            }
            assertThat(targets).containsExactlyInAnyOrder("/console/cases/" + c.getId(), "/console/queue");
            Long holder = cases.get(c.getId()).getAssigneeId();
            assertThat(holder).isIn(li.getId(), zhou.getId());
            String winner = holder.equals(li.getId()) ? "李娜" : "周强";
            assertThat(problems).singleElement().asString().contains("已被 " + winner + " 领取");
        } finally {
            pool.shutdownNow();
        }
    }
}
