package cn.yinling.hotline.console.responders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.DueResponderCall;
import cn.yinling.hotline.cases.responders.ResponderKind;
import cn.yinling.hotline.cases.responders.ResponderLine;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.responders.Volunteer;
import cn.yinling.hotline.cases.responders.VolunteerTeam;
import cn.yinling.hotline.cases.responders.Volunteers;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Responders on the console: supervisors keep the volunteer teams (plain agents may not, nor anyone
 * without the CSRF token), every agent keeps an elder's responder list, names are shown as text,
 * phones partly hidden in lists, each change audited, and an emergency case page shows whom to call
 * and how the call-out stands.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ResponderConsoleTest {

    private static final String VOLUNTEERS = "/console/supervisor/volunteers";
    private static final AtomicInteger SEQ = new AtomicInteger(300);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Responders responders;
    @Autowired
    Cases cases;
    @Autowired
    CallOuts callOuts;
    @Autowired
    AuditTrail audit;

    Agent agent;
    Agent supervisor;
    String community;
    Elder elder;

    @BeforeEach
    void anAgentASupervisorAndAnElder() {
        agent = testAgents.create(AgentRole.AGENT, "李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        community = street.newCommunity();
        elder = street.elderWithPolicy(community, null);
    }

    @Nested
    class VolunteerTeams {

        @Test
        void aSupervisorCreatesATeamAndAddsAMemberWhosePhoneIsHiddenInTheList() throws Exception {
            long team = createTeam("东风互助队");
            String phone = mobile();
            mvc.perform(post(VOLUNTEERS + "/teams/" + team + "/members").param("name", "赵志愿")
                    .param("phone", phone.substring(0, 3) + " " + phone.substring(3)).param("building", "3号楼2单元")
                    .param("hours", "8:00-20:00").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("done", "队员已添加。"));

            Volunteer v = volunteers.members(team).get(0);
            assertThat(v.getPhone()).isEqualTo(phone);
            assertThat(v.hours().text()).isEqualTo("08:00-20:00");
            mvc.perform(get(VOLUNTEERS + "/teams/" + team).with(as(supervisor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("赵志愿")))
                    .andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
                    .andExpect(content().string(not(containsString(phone))))
                    .andExpect(content().string(containsString("0 / 0 / 0")));
            assertThat(auditDetails(supervisor)).anyMatch(d -> d.startsWith("创建互助队：东风互助队"))
                    .anyMatch(d -> d.startsWith("添加志愿者：赵志愿"));

            mvc.perform(get(VOLUNTEERS + "/members/" + v.getId()).with(as(supervisor)))
                    .andExpect(content().string(containsString(phone)));
            assertThat(auditDetails(supervisor)).anyMatch(d -> d.equals("查看志愿者资料（完整电话）：赵志愿"));
        }

        @Test
        void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
            long team = createTeam("互助二队");
            mvc.perform(post(VOLUNTEERS + "/teams/" + team + "/members").param("name", "钱志愿").param("phone", "12345")
                    .param("hours", "").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("电话号码“12345”格式不正确")));
            mvc.perform(post(VOLUNTEERS + "/teams/" + team + "/members").param("name", "钱志愿").param("phone", mobile())
                    .param("hours", "白天").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("可联系时间“白天”看不懂")));
            mvc.perform(post(VOLUNTEERS).param("name", " ").param("community", community).with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", "请填写队名（最多50字）。"));
            assertThat(volunteers.members(team)).isEmpty();
        }

        @Test
        void aVolunteerNamedWithMarkupIsShownAsText() throws Exception {
            long team = createTeam("<b>队</b>");
            volunteers.addMember(team, "<script>alert(1)</script>", mobile(), "<img src=x onerror=alert(1)>", "");
            mvc.perform(get(VOLUNTEERS + "/teams/" + team).with(as(supervisor)))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        }

        @Test
        void aPlainAgentMayNotTouchTheTeams() throws Exception {
            mvc.perform(get(VOLUNTEERS).with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(post(VOLUNTEERS).param("name", "冒名队").param("community", community).with(as(agent)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(volunteers.teams()).noneMatch(t -> t.getName().equals("冒名队"));
        }

        @Test
        void withoutTheCsrfTokenNothingIsCreated() throws Exception {
            mvc.perform(post(VOLUNTEERS).param("name", "无令牌队").param("community", community).with(as(supervisor)))
                    .andExpect(status().isForbidden());
            assertThat(volunteers.teams()).noneMatch(t -> t.getName().equals("无令牌队"));
        }

        @Test
        void aDeactivatedMemberIsNoLongerOfferedForElders() throws Exception {
            long team = createTeam("互助三队");
            Volunteer v = volunteers.addMember(team, "孙志愿", mobile(), "", "");
            assertThat(volunteers.nearElder(elder.elderId())).extracting(Volunteer::getId).contains(v.getId());
            mvc.perform(post(VOLUNTEERS + "/members/" + v.getId() + "/deactivate").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("done", containsString("队员已停用")));
            assertThat(volunteers.nearElder(elder.elderId())).extracting(Volunteer::getId).doesNotContain(v.getId());
        }
    }

    @Nested
    class AnEldersResponderList {

        @Test
        void anAgentAddsFamilyAWorkerAndAVolunteerReordersAndRemoves() throws Exception {
            String base = "/console/elders/" + elder.getId();
            long son = elders.addFamilyContact(elder.elderId(), "王磊", "儿子", mobile(), true).getId();
            VolunteerTeam team = volunteers.createTeam("互助四队", community, "");
            Volunteer v = volunteers.addMember(team.getId(), "周志愿", mobile(), "5号楼", "");

            mvc.perform(post(base + "/responders/family").param("contactId", String.valueOf(son)).param("hours", "")
                    .with(as(agent)).with(csrf())).andExpect(redirectedUrl(base + "#responders"))
                    .andExpect(flash().attribute("done", "已添加响应人：王磊（儿子）。"));
            mvc.perform(post(base + "/responders/community-worker").param("name", "李主任").param("phone", "0555-2100999")
                    .param("hours", "08:00-18:00").with(as(agent)).with(csrf()));
            mvc.perform(post(base + "/responders/volunteer").param("volunteerId", String.valueOf(v.getId()))
                    .with(as(agent)).with(csrf()));
            mvc.perform(post(base + "/responders/family").param("contactId", String.valueOf(son)).with(as(agent)).with(csrf()))
                    .andExpect(flash().attribute("problem", "王磊 已在响应人列表中。"));
            assertThat(names()).containsExactly("王磊", "李主任", "周志愿");

            long volunteerLine = responders.of(elder.elderId()).get(2).id();
            mvc.perform(post(base + "/responders/" + volunteerLine + "/up").with(as(agent)).with(csrf()));
            assertThat(names()).containsExactly("王磊", "周志愿", "李主任");
            long son1 = responders.of(elder.elderId()).get(0).id();
            mvc.perform(post(base + "/responders/" + son1 + "/remove").with(as(agent)).with(csrf()))
                    .andExpect(flash().attribute("done", "已移除响应人：王磊（儿子）。"));
            assertThat(responders.of(elder.elderId())).extracting(ResponderLine::position).containsExactly(1, 2);
            assertThat(responders.of(elder.elderId())).extracting(ResponderLine::kind)
                    .containsExactly(ResponderKind.VOLUNTEER, ResponderKind.COMMUNITY_WORKER);
            assertThat(audit.of(elder.elderId())).extracting(AuditEntry::getDetail)
                    .contains("添加紧急响应人：王磊（儿子）", "调整紧急响应人顺序：周志愿（志愿者（互助四队）） 移到第2位",
                            "移除紧急响应人：王磊（儿子）");

            mvc.perform(get(base).with(as(agent))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("紧急响应人（按顺序呼叫）")))
                    .andExpect(content().string(containsString("055****0999")))
                    .andExpect(content().string(not(containsString("05552100999"))));
        }

        @Test
        void aBadPhoneOrHoursIsRefused() throws Exception {
            String base = "/console/elders/" + elder.getId();
            mvc.perform(post(base + "/responders/community-worker").param("name", "李主任").param("phone", "abc")
                    .param("hours", "").with(as(agent)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("格式不正确")));
            mvc.perform(post(base + "/responders/community-worker").param("name", "李主任").param("phone", mobile())
                    .param("hours", "早上").with(as(agent)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("可联系时间“早上”看不懂")));
            assertThat(responders.of(elder.elderId())).isEmpty();
        }

        @Test
        void anotherEldersResponderCannotBeMovedOrRemoved() throws Exception {
            Elder other = street.elderWithPolicy(community, null);
            responders.addCommunityWorker(other.elderId(), "李主任", mobile(), "");
            long theirs = responders.of(other.elderId()).get(0).id();
            mvc.perform(post("/console/elders/" + elder.getId() + "/responders/" + theirs + "/remove").with(as(agent))
                    .with(csrf())).andExpect(status().isNotFound());
            assertThat(responders.of(other.elderId())).hasSize(1);
        }

        @Test
        void withoutTheCsrfTokenTheListStaysAsItWas() throws Exception {
            mvc.perform(post("/console/elders/" + elder.getId() + "/responders/community-worker").param("name", "李主任")
                    .param("phone", mobile()).with(as(agent))).andExpect(status().isForbidden());
            assertThat(responders.of(elder.elderId())).isEmpty();
        }

        private List<String> names() {
            return responders.of(elder.elderId()).stream().map(ResponderLine::name).toList();
        }
    }

    @Nested
    class TheEmergencyCasePage {

        @Test
        void showsWhomToCallAndWhereTheCallOutStands() throws Exception {
            String workerPhone = mobile();
            responders.addCommunityWorker(elder.elderId(), "李主任", workerPhone, "");
            CareCase k = cases.openEmergency(elder.elderId(), "我摔倒了", Channel.VOICE, "test");
            List<DueResponderCall> due = callOuts.claimNext("test-node").stream()
                    .filter(d -> d.caseId().value() == k.getId()).toList();
            assertThat(due).hasSize(1);
            mvc.perform(get("/console/cases/" + k.getId()).with(as(agent)))
                    .andExpect(content().string(containsString("响应人")))
                    .andExpect(content().string(containsString("tel:" + workerPhone)))
                    .andExpect(content().string(containsString("正在呼叫")));

            mvc.perform(get("/api/console/cases/" + k.getId() + "/responders").with(as(agent)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("\"calling\":true")))
                    .andExpect(content().string(containsString("正在呼叫")))
                    .andExpect(content().string(not(containsString(workerPhone))))
                    .andExpect(content().string(not(containsString("李主任"))));
            mvc.perform(get("/api/console/cases/" + k.getId() + "/responders")).andExpect(status().isUnauthorized());

            callOuts.noAnswer(due.get(0).callId(), "NO_ANSWER");
            callOuts.claimNext("test-node");
            mvc.perform(get("/console/cases/" + k.getId()).with(as(agent)))
                    .andExpect(content().string(containsString("所有响应人都未接受，无人前往！请立即拨打120/110")))
                    .andExpect(content().string(containsString("无人响应")));
        }

        @Test
        void saysSoWhenTheCallOutCannotBePlaced() throws Exception {
            responders.addCommunityWorker(elder.elderId(), "李主任", mobile(), "");
            CareCase k = cases.openEmergency(elder.elderId(), "快来人", Channel.WECHAT, "test");
            clock.advance(Duration.ofMinutes(1));
            callOuts.dialerNotReady(Duration.ofSeconds(20));
            mvc.perform(get("/console/cases/" + k.getId()).with(as(agent)))
                    .andExpect(content().string(containsString("无法自动呼叫响应人（外呼线路未连接或未配置）")));
        }
    }

    private long createTeam(String name) throws Exception {
        String location = mvc.perform(post(VOLUNTEERS).param("name", name).param("community", community)
                        .param("area", "1-6号楼").with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrlPattern(VOLUNTEERS + "/teams/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private List<String> auditDetails(Agent a) {
        return audit.search(new AuditSearch(a.getUsername(), null, null, null, null, null), 0, 50).stream()
                .map(AuditEntry::getDetail).toList();
    }

    private RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    private static String mobile() {
        return "159" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
    }
}
