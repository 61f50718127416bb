package cn.yinling.hotline.console.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.support.IdNumbers;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Taking an elder in on the console and keeping the record right: everything the record holds in one
 * form, every problem said in Chinese with the form kept as typed, the ID number as the key (never
 * stored or audited in full), identity corrections and ADL re-assessments with their history.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class IntakeConsoleTest {

    static final AtomicInteger PHONE = new AtomicInteger(300);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Elders elders;
    @Autowired
    AuditTrail audit;
    @Autowired
    AdlAssessments assessments;

    Agent agent;
    String community;

    @BeforeEach
    void anAgent() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        community = "采石社区" + UUID.randomUUID().toString().substring(0, 6);
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    static String mobile() {
        return "1370555" + String.format("%04d", PHONE.getAndIncrement());
    }

    MockHttpServletRequestBuilder intake(String name, String idNumber, String phone, String sonPhone) {
        return post("/console/elders/new").param("fullName", name).param("idNumber", idNumber).param("sex", "")
                .param("birthDate", "").param("registration", "RURAL").param("street", "雨山街道")
                .param("community", community).param("address", "东风路18号2栋301").param("phones", phone)
                .param("living", "ALONE").param("dibao", "true").param("healthNotes", "糖尿病")
                .param("checkinTime", "09:30").param("adlEating", "true").param("adlMoving", "true")
                .param("adlToileting", "true").param("adlAssessedOn", "2026-01-10").param("adlAssessor", "社区护士 李芳")
                .param("familyName", "王磊", "", "").param("familyRelation", "儿子", "", "")
                .param("familyPhone", sonPhone, "", "").param("familyConsent", "true", "false", "false");
    }

    long created(MvcResult r) {
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).as(r.getResponse().getContentAsByteArray().length + " bytes").startsWith("/console/elders/");
        return Long.parseLong(location.substring("/console/elders/".length()));
    }

    @Test
    void anAgentTakesAnElderInAndTheRecordOpensWithEverything() throws Exception {
        String id = IdNumbers.fresh(LocalDate.of(1947, 5, 20), false);
        String own = mobile();
        String son = mobile();
        MvcResult r = mvc.perform(intake("刘桂兰", id, own, son).with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "老人档案已建立。")).andReturn();
        long elderId = created(r);
        Elder e = elders.get(new ElderId(elderId));
        assertThat(e.getFullName()).isEqualTo("刘桂兰");
        assertThat(e.getBirthDate()).isEqualTo(LocalDate.of(1947, 5, 20));
        assertThat(e.getAdl().unableToSelfCare()).isTrue();
        assertThat(e.getFlags().dibao()).isTrue();
        assertThat(elders.phonesOf(e.elderId())).extracting(PhoneNumber::digits).containsExactly(own);
        assertThat(elders.familyOf(e.elderId())).singleElement().satisfies(f -> assertThat(f.isNotifyConsent()).isTrue());
        String page = mvc.perform(get("/console/elders/" + elderId).with(as(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("刘桂兰").contains(id.substring(0, 6) + "********" + id.substring(14))
                .contains("建档评估").contains("生活不能自理（3项需帮助）").doesNotContain(id);
        assertThat(audit.of(e.elderId())).extracting(AuditEntry::getDetail)
                .anySatisfy(d -> assertThat(d).startsWith("新建老人档案：刘桂兰").doesNotContain(id));
    }

    @Test
    void aRefusedFormSaysEveryProblemInChineseAndKeepsWhatWasTyped() throws Exception {
        String typed = "34050419480312002３";
        mvc.perform(post("/console/elders/new").param("fullName", "张&lt;三").param("idNumber", typed)
                        .param("community", community).param("address", "").param("street", "雨山街道")
                        .param("phones", "12345").param("checkinTime", "9点半")
                        .param("familyName", "", "").param("familyRelation", "女儿", "").param("familyPhone", "", "")
                        .param("familyConsent", "false", "false").with(as(agent)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("问安时间格式不对")));
        String page = mvc.perform(post("/console/elders/new").param("fullName", "张三").param("idNumber", "340504194803120023")
                        .param("community", community).param("address", "").param("street", "雨山街道").param("phones", "12345")
                        .param("familyName", "", "").param("familyRelation", "女儿", "").param("familyPhone", "", "")
                        .param("familyConsent", "false", "false").with(as(agent)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("没有保存").contains("身份证号校验位不对").contains("请选择户籍").contains("请填写地址")
                .contains("请选择居住情况").contains("“12345”不是有效的电话号码").contains("第1位家属：请填写姓名")
                .contains("value=\"340504194803120023\"").contains("value=\"女儿\"");
        assertThat(elders.search(community, 10)).isEmpty();
    }

    @Test
    void theSameIdNumberIsNotTakenInTwice() throws Exception {
        String id = IdNumbers.fresh(LocalDate.of(1950, 7, 7), true);
        long first = created(mvc.perform(intake("陈国强", id, mobile(), mobile()).with(as(agent)).with(csrf())).andReturn());
        mvc.perform(intake("陈国强", id.toLowerCase(), mobile(), mobile()).with(as(agent)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该身份证号已经建档（档案编号 " + first + "）")));
        assertThat(elders.search(community, 10)).hasSize(1);
    }

    @Test
    void anIdentityIsCorrectedAndAnAssessmentJoinsTheHistory() throws Exception {
        long elderId = created(mvc.perform(intake("赵淑芬", IdNumbers.fresh(LocalDate.of(1944, 4, 4), false), mobile(), mobile())
                .with(as(agent)).with(csrf())).andReturn());
        String corrected = IdNumbers.fresh(LocalDate.of(1944, 4, 14), false);
        mvc.perform(post("/console/elders/" + elderId + "/identity").param("fullName", "赵淑芳").param("idNumber", corrected)
                        .param("registration", "URBAN").param("checkinTime", "").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("done", "身份信息已更正。"));
        Elder e = elders.get(new ElderId(elderId));
        assertThat(e.getFullName()).isEqualTo("赵淑芳");
        assertThat(e.getBirthDate()).isEqualTo(LocalDate.of(1944, 4, 14));
        assertThat(e.getCheckinTime()).isNull();
        mvc.perform(post("/console/elders/" + elderId + "/identity").param("fullName", "赵淑芳").param("idNumber", "123")
                        .param("registration", "URBAN").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("身份证号应为18位")));

        mvc.perform(post("/console/elders/" + elderId + "/adl").param("kind", "REASSESSMENT").param("assessedOn", "2026-02-01")
                        .param("assessor", "社工 周敏").param("notes", "能自己吃饭了").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("done", "评估已保存：0项需要帮助。"));
        assertThat(assessments.history(new ElderId(elderId))).hasSize(2);
        assertThat(elders.get(new ElderId(elderId)).getAdl().itemsNeedingHelp()).isZero();
        mvc.perform(post("/console/elders/" + elderId + "/adl").param("kind", "MONTHLY").param("assessedOn", "2099-01-01")
                        .param("assessor", "").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("评估日期不能晚于今天")));
        assertThat(assessments.history(new ElderId(elderId))).hasSize(2);
        assertThat(audit.of(new ElderId(elderId))).extracting(AuditEntry::getDetail)
                .anySatisfy(d -> assertThat(d).startsWith("更正身份信息：赵淑芳"))
                .anySatisfy(d -> assertThat(d).startsWith("ADL评估：2026-02-01 复评"));
    }

    @Test
    void withoutCsrfOrSignInNothingIsCreated() throws Exception {
        String id = IdNumbers.fresh(LocalDate.of(1949, 9, 9), true);
        mvc.perform(intake("孙建国", id, mobile(), mobile()).with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(intake("孙建国", id, mobile(), mobile()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/elders/new")).andExpect(status().is3xxRedirection());
        assertThat(elders.search(community, 10)).isEmpty();
    }

    @Test
    void aNameWithMarkupIsShownAsText() throws Exception {
        String name = "<img src=x onerror=alert(1)>";
        long elderId = created(mvc.perform(intake(name.substring(0, 28), IdNumbers.fresh(LocalDate.of(1951, 1, 1), true),
                mobile(), mobile()).with(as(agent)).with(csrf())).andReturn());
        mvc.perform(get("/console/elders/" + elderId).with(as(agent)))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }
}
