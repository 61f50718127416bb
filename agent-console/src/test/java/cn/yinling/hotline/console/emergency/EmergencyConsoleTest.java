package cn.yinling.hotline.console.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.emergency.EmergencyEscalations;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An emergency on the console: the alert every page reads (who, where, what was said; the
 * escalation shown to whom it concerns), the case page's emergency panel and its checklist, and the
 * attacks on them (no session, no CSRF token, an agent who does not hold the case).
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class EmergencyConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Cases cases;
    @Autowired
    Elders elders;
    @Autowired
    EmergencyEscalations escalations;
    @Autowired
    AuditTrail audit;

    Agent agent;
    Agent other;
    Agent supervisor;
    Elder elder;
    CareCase emergency;
    String daughtersPhone;

    @BeforeEach
    void anElderWithADaughterFallsAtHome() {
        clock.set(ConsoleTestApplication.START);
        agent = testAgents.create(AgentRole.AGENT, "李娜");
        other = testAgents.create(AgentRole.AGENT, "周强");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        String community = street.newCommunity();
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        daughtersPhone = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        elders.addFamilyContact(elder.elderId(), "张丽", "女儿", daughtersPhone, true);
        emergency = cases.openEmergency(elder.elderId(), "我摔倒了起不来", Channel.VOICE, "bot");
    }

    @Nested
    class TheAlert {

        @Test
        void namesTheElderTheAddressAndTheWords() throws Exception {
            alerts(agent).andExpect(status().isOk())
                    .andExpect(jsonPath(mine() + ".elderName").value("王秀英"))
                    .andExpect(jsonPath(mine() + ".address").value(elder.getCommunity() + " " + elder.getAddress()))
                    .andExpect(jsonPath(mine() + ".said").value("我摔倒了起不来"))
                    .andExpect(jsonPath(mine() + ".level").value(0));
        }

        @Test
        void anUnidentifiedCallerIsNamedAsSuch() throws Exception {
            CareCase anonymous = cases.openEmergency(null, "快来人", Channel.WEB, "bot", "203.0.113.9-" + agent.getId());
            alerts(agent).andExpect(jsonPath("$.alerts[?(@.id == " + anonymous.getId() + ")].elderName").value("未识别来电人"))
                    .andExpect(jsonPath("$.alerts[?(@.id == " + anonymous.getId() + ")].address").value("地址未知（来电人未识别）"));
        }

        @Test
        void isGoneOnceSomeoneClaimsTheCase() throws Exception {
            cases.claim(emergency.getId(), other.getId(), other.getUsername());
            alerts(agent).andExpect(jsonPath(mine()).isEmpty());
        }

        @Test
        void anyCaseRaisedToEmergencyPriorityAlertsToo() throws Exception {
            CareCase handoff = cases.openHandoff(elder.elderId(), "老人说心口疼", Priority.HIGH, Channel.VOICE, "bot");
            cases.escalate(handoff.getId(), Priority.EMERGENCY, "bot", "胸痛");
            alerts(agent).andExpect(jsonPath("$.alerts[?(@.id == " + handoff.getId() + ")].said").value("老人说心口疼"));
        }

        @Test
        void showingTheAddressIsAudited() throws Exception {
            alerts(agent);
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
                assertThat(e.getActor()).isEqualTo(agent.getUsername());
                assertThat(e.getAction()).isEqualTo(AuditEntry.Action.VIEW);
                assertThat(e.getCaseId()).isEqualTo(emergency.getId());
            });
        }

        @Test
        void answers401WithoutASession() throws Exception {
            mvc.perform(get("/api/console/emergencies").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
        }

        @Test
        void everyConsolePageLoadsTheBanner() throws Exception {
            for (String page : new String[] {"/console/queue", "/console/elders", "/console/cases/" + emergency.getId(),
                    "/console/elders/" + elder.getId()}) {
                mvc.perform(get(page).with(as(agent))).andExpect(status().isOk())
                        .andExpect(content().string(containsString("/console/assets/emergency.js")))
                        .andExpect(content().string(containsString("data-claim=\"立即领取\"")));
            }
        }
    }

    @Nested
    class Escalation {

        @Test
        void afterAMinuteTheSupervisorIsToldAndAPlainAgentIsNot() throws Exception {
            clock.advance(Duration.ofSeconds(60));
            escalations.escalateDue();

            alerts(supervisor).andExpect(jsonPath(mine() + ".level").value(1))
                    .andExpect(jsonPath(mine() + ".notice").value("主管请注意：已超过60秒无人领取，请立即安排坐席处理"));
            alerts(agent).andExpect(jsonPath(mine() + ".level").value(0))
                    .andExpect(jsonPath(mine() + ".notice").value((Object) null));
        }

        @Test
        void afterThreeMinutesEveryoneIsToldItIsStillUnanswered() throws Exception {
            clock.advance(Duration.ofSeconds(180));
            escalations.escalateDue();

            alerts(agent).andExpect(jsonPath(mine() + ".level").value(2))
                    .andExpect(jsonPath(mine() + ".notice").value("已超过180秒仍无人接听，请所有坐席和主管立即处理"));
            mvc.perform(get("/console/cases/" + emergency.getId()).with(as(supervisor)))
                    .andExpect(content().string(containsString("无人领取，已提醒主管")))
                    .andExpect(content().string(containsString("仍无人领取，已提醒全体")));
        }
    }

    @Nested
    class TheCasePage {

        @Test
        void showsTheAddressTheFamilysPhonesAndTheProcedure() throws Exception {
            mvc.perform(get("/console/cases/" + emergency.getId()).with(as(agent))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"emergency-where\">" + elder.getCommunity() + " "
                            + elder.getAddress())))
                    .andExpect(content().string(containsString("张丽（女儿）")))
                    .andExpect(content().string(containsString(daughtersPhone)))
                    .andExpect(content().string(containsString("确认地址和伤情")))
                    .andExpect(content().string(containsString("需要时拨打120/110")))
                    .andExpect(content().string(containsString("等待响应人到达后回访")));
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> assertThat(e.getDetail()).contains("家属电话"));
        }

        @Test
        void otherCasesHaveNoEmergencyPanel() throws Exception {
            CareCase handoff = cases.openHandoff(elder.elderId(), "想预约助浴", Priority.NORMAL, Channel.VOICE, "bot");
            mvc.perform(get("/console/cases/" + handoff.getId()).with(as(agent)))
                    .andExpect(content().string(not(containsString("id=\"emergency\""))));
        }

        @Test
        void theHolderTicksAStepOnTheTimelineOnce() throws Exception {
            cases.claim(emergency.getId(), agent.getId(), agent.getUsername());
            for (int i = 0; i < 2; i++) {
                mvc.perform(post("/console/cases/" + emergency.getId() + "/procedure").param("step", "confirm")
                        .with(as(agent)).with(csrf())).andExpect(status().is3xxRedirection());
            }

            assertThat(cases.timeline(emergency.getId())).filteredOn(e -> e.getKind().equals("PROCEDURE_STEP"))
                    .extracting(CaseEvent::getNote).containsExactly("确认地址和伤情");
            mvc.perform(get("/console/cases/" + emergency.getId()).with(as(agent)))
                    .andExpect(content().string(containsString("已完成（" + agent.getUsername() + "）")));
        }

        @Test
        void anAgentWhoDoesNotHoldTheCaseCannotTickASteps() throws Exception {
            cases.claim(emergency.getId(), agent.getId(), agent.getUsername());
            mvc.perform(post("/console/cases/" + emergency.getId() + "/procedure").param("step", "confirm")
                    .with(as(other)).with(csrf())).andExpect(flash().attributeExists("problem"));

            assertThat(cases.timeline(emergency.getId())).noneMatch(e -> e.getKind().equals("PROCEDURE_STEP"));
        }

        @Test
        void tickingWithoutTheCsrfTokenIsRefused() throws Exception {
            cases.claim(emergency.getId(), agent.getId(), agent.getUsername());
            mvc.perform(post("/console/cases/" + emergency.getId() + "/procedure").param("step", "confirm").with(as(agent)))
                    .andExpect(status().isForbidden());

            assertThat(cases.timeline(emergency.getId())).noneMatch(e -> e.getKind().equals("PROCEDURE_STEP"));
        }

        @Test
        void anUnknownStepIsRefused() throws Exception {
            cases.claim(emergency.getId(), agent.getId(), agent.getUsername());
            mvc.perform(post("/console/cases/" + emergency.getId() + "/procedure").param("step", "<script>")
                    .with(as(agent)).with(csrf())).andExpect(flash().attributeExists("problem"));
        }
    }

    private ResultActions alerts(Agent viewer) throws Exception {
        return mvc.perform(get("/api/console/emergencies").with(as(viewer)).accept(MediaType.APPLICATION_JSON));
    }

    private String mine() {
        return "$.alerts[?(@.id == " + emergency.getId() + ")]";
    }

    private static RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }
}
