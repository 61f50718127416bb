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
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.casework.Severity;
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

/** A complaint in the workspace: investigation notes, the outcome with its remedy on the timeline, and no closing without it. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ComplaintWorkspaceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Cases cases;
    @Autowired
    AuditTrail audit;

    Agent holder;
    Agent other;
    Elder elder;
    CareCase complaint;

    @BeforeEach
    void aClaimedComplaintAboutALateWorker() {
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        other = testAgents.create(AgentRole.AGENT, "周强");
        elder = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
        complaint = cases.openComplaint(new ComplaintRequest(elder.elderId(), ComplaintType.LATE, Severity.NORMAL,
                "保洁阿姨迟到一个小时", null, null, Channel.WECHAT, "bot"));
        cases.claim(complaint.getId(), holder.getId(), holder.getUsername());
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    String url(String action) {
        return "/console/cases/" + complaint.getId() + "/" + action;
    }

    @Test
    void investigationAndOutcomeAppearOnTheTimelineAndAreAudited() throws Exception {
        mvc.perform(post(url("investigation")).param("finding", "已联系服务商，确认阿姨因堵车迟到").with(as(holder)).with(csrf()))
                .andExpect(flash().attribute("done", "调查记录已保存。"));
        mvc.perform(post(url("outcome")).param("outcome", "UPHELD").param("remedy", "本次服务不计补贴小时，并向老人致歉")
                .with(as(holder)).with(csrf()))
                .andExpect(flash().attribute("done", "调查结论已登记：投诉成立。"));
        assertThat(cases.get(complaint.getId()).getComplaintOutcome()).isEqualTo(ComplaintOutcome.UPHELD);
        mvc.perform(get("/console/cases/" + complaint.getId()).with(as(holder)))
                .andExpect(content().string(containsString("调查记录")))
                .andExpect(content().string(containsString("已联系服务商，确认阿姨因堵车迟到")))
                .andExpect(content().string(containsString("调查结论：投诉成立")))
                .andExpect(content().string(containsString("本次服务不计补贴小时，并向老人致歉")));
        assertThat(audit.of(elder.elderId())).anySatisfy(e -> assertThat(e.getDetail()).contains("调查结论：投诉成立"));
        assertThat(audit.of(elder.elderId())).anySatisfy(e -> assertThat(e.getDetail()).contains("调查记录"));
    }

    @Test
    void closingWithoutAnOutcomeIsRefusedAndAfterItSucceeds() throws Exception {
        mvc.perform(post(url("close")).param("wrapUpCode", "COMPLAINT_RECORDED").with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + complaint.getId() + "#complaint"))
                .andExpect(flash().attribute("problem", containsString("须先登记调查结论")));
        assertThat(cases.get(complaint.getId()).getStatus()).isEqualTo(CaseStatus.CLAIMED);
        mvc.perform(post(url("outcome")).param("outcome", "NOT_UPHELD").with(as(holder)).with(csrf()));
        mvc.perform(post(url("close")).param("wrapUpCode", "COMPLAINT_RECORDED").with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/queue"));
        assertThat(cases.get(complaint.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Nested
    class Validation {

        @Test
        void anUpheldOutcomeNeedsARemedyAndAChoiceIsNeeded() throws Exception {
            mvc.perform(post(url("outcome")).param("outcome", "PARTLY_UPHELD").param("remedy", " ").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("请填写补救措施")));
            mvc.perform(post(url("outcome")).param("outcome", "MAYBE").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("请选择调查结论")));
            mvc.perform(post(url("investigation")).param("finding", "  ").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", "请填写调查记录。"));
            assertThat(cases.get(complaint.getId()).getComplaintOutcome()).isNull();
        }

        @Test
        void aRemedyOrFindingLongerThanTheRecordKeepsIsAFieldErrorWithWhatWasTypedKept() throws Exception {
            String remedy = "补做一次".repeat(251); // 1004 characters
            mvc.perform(post(url("outcome")).param("outcome", "UPHELD").param("remedy", remedy).with(as(holder)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("补救措施与答复内容最多1000个字，现在有1004个字")))
                    .andExpect(content().string(containsString(">" + remedy + "</textarea>")))
                    .andExpect(content().string(containsString("value=\"UPHELD\" selected")));
            String finding = "问过".repeat(1001);
            mvc.perform(post(url("investigation")).param("finding", finding).with(as(holder)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("调查记录最多2000个字，现在有2002个字")))
                    .andExpect(content().string(containsString(">" + finding + "</textarea>")));
            assertThat(cases.get(complaint.getId()).getComplaintOutcome()).isNull();
            assertThat(cases.timeline(complaint.getId())).extracting(e -> e.getKind()).containsExactly("OPENED", "CLAIMED");
        }

        @Test
        void aHandoverTakesNoOutcome() throws Exception {
            CareCase handoff = cases.openHandoff(elder.elderId(), "咨询", Priority.NORMAL, Channel.WEB, "bot");
            cases.claim(handoff.getId(), holder.getId(), holder.getUsername());
            mvc.perform(post("/console/cases/" + handoff.getId() + "/outcome").param("outcome", "UPHELD").param("remedy", "x")
                    .with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("不是投诉")));
        }
    }

    @Nested
    class Permissions {

        @Test
        void onlyTheHolderRecordsAndOnlyWithTheToken() throws Exception {
            mvc.perform(post(url("outcome")).param("outcome", "NOT_UPHELD").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(url("investigation")).param("finding", "x").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(url("outcome")).param("outcome", "NOT_UPHELD").with(as(holder)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(url("outcome")).param("outcome", "NOT_UPHELD").with(csrf()))
                    .andExpect(redirectedUrl("/login"));
            assertThat(cases.get(complaint.getId()).getComplaintOutcome()).isNull();
        }
    }
}
