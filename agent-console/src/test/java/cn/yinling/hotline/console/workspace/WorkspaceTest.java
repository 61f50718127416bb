package cn.yinling.hotline.console.workspace;

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
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workspace of a claimed hand-over: the elder's record, booking on behalf, notes, closing, and the audit trail. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class WorkspaceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Cases cases;
    @Autowired
    Bookings bookings;
    @Autowired
    AuditTrail audit;

    Agent holder;
    Agent other;
    Elder elder;
    CareCase kase;

    @BeforeEach
    void aClaimedHandoverOfAnElderWithTwentyFreeHours() {
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        other = testAgents.create(AgentRole.AGENT, "周强");
        String community = street.newCommunity();
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        street.worker(community, 2);
        kase = cases.openHandoff(elder.elderId(), "想预约打扫卫生", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(kase.getId(), holder.getId(), holder.getUsername());
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    @Test
    void theWorkspaceShowsTheRecordAndBalanceAndIsAudited() throws Exception {
        mvc.perform(get("/console/cases/" + kase.getId()).with(as(holder)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(elder.getFullName())))
                .andExpect(content().string(containsString(elder.idNumber().value())))
                .andExpect(content().string(containsString("20小时")))
                .andExpect(content().string(containsString("想预约打扫卫生")));
        assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(holder.getUsername());
            assertThat(e.getAction()).isEqualTo(AuditEntry.Action.VIEW);
        });
    }

    @Test
    void aNoteGoesOnTheTimelineAndTheAuditTrail() throws Exception {
        mvc.perform(post("/console/cases/" + kase.getId() + "/notes").param("note", "已电话联系老人")
                .with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + kase.getId() + "#add-note"));
        assertThat(cases.timeline(kase.getId())).anySatisfy(e -> assertThat(e.getNote()).isEqualTo("已电话联系老人"));
        assertThat(audit.of(elder.elderId())).anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditEntry.Action.UPDATE));
    }

    @Nested
    class BookingOnBehalf {

        @Test
        void aBookingWithinTheRulesIsMadeForTheCasesElder() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings").with(as(holder)).with(csrf())
                    .param("serviceCode", "cleaning").param("day", "2026-03-04").param("time", "10:00")
                    .param("requestKey", "console-test-" + kase.getId()))
                    .andExpect(redirectedUrl("/console/cases/" + kase.getId() + "#book"))
                    .andExpect(flash().attribute("done", containsString("预约成功")));
            assertThat(bookings.upcoming(elder.elderId())).singleElement()
                    .satisfies(b -> assertThat(b.getChannel()).isEqualTo(Channel.CONSOLE));
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditEntry.Action.CREATE));
        }

        @Test
        void aRefusalIsShownInChineseWithTheEarliestAllowedTime() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings").with(as(holder)).with(csrf())
                    .param("serviceCode", "bathing").param("day", "2026-03-02").param("time", "15:00")
                    .param("requestKey", "console-lead-" + kase.getId()))
                    .andExpect(redirectedUrl("/console/cases/" + kase.getId() + "#book"))
                    .andExpect(flash().attribute("problem", containsString("需要提前预约")))
                    .andExpect(flash().attribute("problem", containsString("最早可约：3月4日")));
            assertThat(bookings.upcoming(elder.elderId())).isEmpty();
        }

        @Test
        void aBookingOfAnotherElderCannotBeCancelledThroughThisCase() throws Exception {
            Elder stranger = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings/999999/cancel").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("找不到这条预约")));
            assertThat(stranger).isNotNull();
        }
    }

    @Nested
    class TextsLongerThanTheRecordKeeps {

        @Test
        void aBookingNoteOverItsColumnIsAFieldErrorWithEverythingTypedKeptAndNothingBooked() throws Exception {
            String note = "请带上吸尘器".repeat(84); // 504 characters
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings").with(as(holder)).with(csrf())
                    .param("serviceCode", "cleaning").param("day", "2026-03-04").param("time", "10:30")
                    .param("selfPay", "true").param("note", note).param("requestKey", "console-long-" + kase.getId()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("预约备注最多500个字，现在有504个字，请删短后再提交。")))
                    .andExpect(content().string(containsString("value=\"" + note + "\"")))
                    .andExpect(content().string(containsString("value=\"2026-03-04\"")))
                    .andExpect(content().string(containsString("value=\"10:30\"")))
                    .andExpect(content().string(containsString("value=\"console-long-" + kase.getId() + "\"")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
            assertThat(bookings.upcoming(elder.elderId())).isEmpty();
        }

        @Test
        void aCaseNoteOverItsColumnIsAFieldErrorWithTheNoteKeptAndTheTimelineUnchanged() throws Exception {
            String note = "老人说".repeat(667); // 2001 characters
            mvc.perform(post("/console/cases/" + kase.getId() + "/notes").param("note", note).with(as(holder)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("备注最多2000个字，现在有2001个字")))
                    .andExpect(content().string(containsString(">" + note + "</textarea>")));
            assertThat(cases.timeline(kase.getId())).extracting(e -> e.getKind()).containsExactly("OPENED", "CLAIMED");
        }

        @Test
        void aCancelReasonOverItsColumnIsRefusedAndTheBookingStays() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings").with(as(holder)).with(csrf())
                    .param("serviceCode", "cleaning").param("day", "2026-03-04").param("time", "10:00")
                    .param("requestKey", "console-cancel-" + kase.getId()));
            long bookingId = bookings.upcoming(elder.elderId()).get(0).getId();
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings/" + bookingId + "/cancel").param("reason", "改".repeat(201))
                    .with(as(holder)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("取消原因最多200个字，现在有201个字")));
            assertThat(bookings.upcoming(elder.elderId())).hasSize(1);
        }
    }

    @Nested
    class Permissions {

        @Test
        void anotherAgentMayLookButNotAct() throws Exception {
            mvc.perform(get("/console/cases/" + kase.getId()).with(as(other)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("仅可查看")));
            mvc.perform(post("/console/cases/" + kase.getId() + "/notes").param("note", "x").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/cases/" + kase.getId() + "/close").param("wrapUpCode", "RESOLVED")
                    .with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(cases.get(kase.getId()).getStatus()).isEqualTo(CaseStatus.CLAIMED);
        }

        @Test
        void anUnknownCaseIsNotFound() throws Exception {
            mvc.perform(get("/console/cases/987654321").with(as(holder))).andExpect(status().isNotFound());
        }
    }

    @Nested
    class Closing {

        @Test
        void closingNeedsAKnownWrapUpCode() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/close").param("wrapUpCode", "WHATEVER")
                    .with(as(holder)).with(csrf()))
                    .andExpect(redirectedUrl("/console/cases/" + kase.getId() + "#close-case"))
                    .andExpect(flash().attribute("problem", "请选择结案代码。"));
            assertThat(cases.get(kase.getId()).getStatus()).isEqualTo(CaseStatus.CLAIMED);
        }

        @Test
        void closingWithACodeEndsTheCaseAndReturnsToTheQueue() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/close").param("wrapUpCode", "BOOKED_ON_BEHALF")
                    .with(as(holder)).with(csrf()))
                    .andExpect(redirectedUrl("/console/queue"));
            CareCase closed = cases.get(kase.getId());
            assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.getWrapUpCode()).isEqualTo("BOOKED_ON_BEHALF");
        }
    }
}
