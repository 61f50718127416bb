package cn.yinling.hotline.console.replies;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.cannedreply.CannedReply;
import cn.yinling.hotline.cases.cannedreply.CannedReplyRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The canned replies page: each agent keeps their own, supervisors the shared ones; nobody changes
 * another's; refused forms come back in Chinese as typed; variables that would reveal personal data
 * are refused; markup in a reply stays text; and the case page fills the variables in.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class CannedRepliesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    CannedReplyRepository replies;

    Agent lina;
    Agent zhouqiang;
    Agent supervisor;

    @BeforeEach
    void twoAgentsAndASupervisor() {
        lina = testAgents.create(AgentRole.AGENT, "李娜");
        zhouqiang = testAgents.create(AgentRole.AGENT, "周强");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    ResultActions add(Agent who, String shortcut, String title, String body, boolean shared) throws Exception {
        return mvc.perform(post("/console/replies").param("shortcut", shortcut).param("title", title).param("body", body)
                .param("shared", String.valueOf(shared)).with(as(who)).with(csrf()));
    }

    CannedReply stored(Long owner, String shortcut) {
        List<CannedReply> found = owner == null ? replies.findByOwnerAgentIdIsNullAndShortcut(shortcut)
                : replies.findByOwnerAgentIdAndShortcut(owner, shortcut);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Nested
    class Keeping {

        @Test
        void anAgentAddsTheirOwnReplyAndSeesItWithTheSharedOnesButNotAColleaguesOwn() throws Exception {
            String shared = unique("hi");
            String mine = unique("bath");
            String his = unique("wait");
            add(supervisor, shared, "问候", "{称呼}您好，我是{坐席}。", true).andExpect(redirectedUrl("/console/replies"));
            add(lina, mine, "助浴确认", "{称呼}，您{时间}的{服务}已安排好。", false)
                    .andExpect(redirectedUrl("/console/replies"))
                    .andExpect(flash().attribute("done", containsString("/" + mine)));
            add(zhouqiang, his, "请稍等", "请稍等，我查一下。", false);

            assertThat(stored(lina.getId(), mine).getBody()).isEqualTo("{称呼}，您{时间}的{服务}已安排好。");
            mvc.perform(get("/console/replies").with(as(lina)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/" + mine)))
                    .andExpect(content().string(containsString("/" + shared)))
                    .andExpect(content().string(not(containsString("/" + his))));
        }

        @Test
        void aSupervisorKeepsTheSharedReplies() throws Exception {
            String shortcut = unique("thanks");
            add(supervisor, shortcut, "致谢", "感谢您的来电。", true).andExpect(redirectedUrl("/console/replies"));
            CannedReply r = stored(null, shortcut);
            mvc.perform(post("/console/replies/" + r.getId()).param("shortcut", shortcut).param("title", "致谢")
                    .param("body", "感谢您的来电，祝您身体健康。").with(as(supervisor)).with(csrf()))
                    .andExpect(redirectedUrl("/console/replies"));
            assertThat(replies.findById(r.getId()).orElseThrow().getBody()).isEqualTo("感谢您的来电，祝您身体健康。");
            mvc.perform(post("/console/replies/" + r.getId() + "/delete").with(as(supervisor)).with(csrf()))
                    .andExpect(redirectedUrl("/console/replies"));
            assertThat(replies.findById(r.getId())).isEmpty();
        }
    }

    @Nested
    class WhoMayChangeWhat {

        @Test
        void anotherAgentsPersonalReplyCannotBeSeenForEditingChangedOrDeleted() throws Exception {
            String shortcut = unique("mine");
            add(lina, shortcut, "我的", "李娜自己的话", false);
            CannedReply r = stored(lina.getId(), shortcut);

            mvc.perform(get("/console/replies").param("edit", r.getId().toString()).with(as(zhouqiang)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/replies/" + r.getId()).param("shortcut", shortcut).param("title", "改了")
                    .param("body", "周强改的").with(as(zhouqiang)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/replies/" + r.getId() + "/delete").with(as(zhouqiang)).with(csrf()))
                    .andExpect(status().isForbidden());
            // Personal means personal: a supervisor does not change an agent's own replies either.
            mvc.perform(post("/console/replies/" + r.getId() + "/delete").with(as(supervisor)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(replies.findById(r.getId()).orElseThrow().getBody()).isEqualTo("李娜自己的话");
        }

        @Test
        void anAgentCannotAddChangeOrDeleteASharedReply() throws Exception {
            String tried = unique("all");
            add(lina, tried, "全体", "发给所有人", true).andExpect(status().isForbidden());
            assertThat(replies.findByOwnerAgentIdIsNullAndShortcut(tried)).isEmpty();

            String shortcut = unique("team");
            add(supervisor, shortcut, "共享", "中心统一的话", true);
            CannedReply r = stored(null, shortcut);
            mvc.perform(post("/console/replies/" + r.getId()).param("shortcut", shortcut).param("title", "改了")
                    .param("body", "坐席改的").with(as(lina)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/replies/" + r.getId() + "/delete").with(as(lina)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(replies.findById(r.getId()).orElseThrow().getBody()).isEqualTo("中心统一的话");
            mvc.perform(get("/console/replies").with(as(lina)))
                    .andExpect(content().string(not(containsString("/console/replies/" + r.getId() + "/delete"))))
                    .andExpect(content().string(not(containsString("name=\"shared\""))));
        }

        @Test
        void withoutTheCsrfTokenNothingIsSavedOrDeleted() throws Exception {
            String shortcut = unique("csrf");
            mvc.perform(post("/console/replies").param("shortcut", shortcut).param("title", "t").param("body", "b")
                    .with(as(lina))).andExpect(status().isForbidden());
            assertThat(replies.findByOwnerAgentIdAndShortcut(lina.getId(), shortcut)).isEmpty();
            add(lina, shortcut, "t", "b", false);
            CannedReply r = stored(lina.getId(), shortcut);
            mvc.perform(post("/console/replies/" + r.getId() + "/delete").with(as(lina))).andExpect(status().isForbidden());
            assertThat(replies.findById(r.getId())).isPresent();
        }

        @Test
        void signedOutThePageSendsToTheSignIn() throws Exception {
            mvc.perform(get("/console/replies")).andExpect(redirectedUrl("/login"));
        }
    }

    @Nested
    class RefusedForms {

        @Test
        void emptyFieldsAreRefusedInChineseBesideEachField() throws Exception {
            add(lina, "", "", "", false)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("请填写快捷词。")))
                    .andExpect(content().string(containsString("请填写标题。")))
                    .andExpect(content().string(containsString("请填写回复内容。")));
        }

        @Test
        void aVariableThatWouldRevealPersonalDataIsRefusedAndTheTypedTextKept() throws Exception {
            String shortcut = unique("addr");
            add(lina, shortcut, "地址确认", "{称呼}，您家住{地址}，身份证{身份证号}对吗？", false)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("不能使用变量{地址}、{身份证号}")))
                    .andExpect(content().string(containsString("只能使用 {称呼}、{坐席}、{服务}、{时间}")))
                    .andExpect(content().string(containsString("value=\"" + shortcut + "\"")))
                    .andExpect(content().string(containsString(">{称呼}，您家住{地址}，身份证{身份证号}对吗？</textarea>")));
            assertThat(replies.findByOwnerAgentIdAndShortcut(lina.getId(), shortcut)).isEmpty();
        }

        @Test
        void aShortcutTakenOrWithASpaceOrTooLongIsRefused() throws Exception {
            String shortcut = unique("dup");
            add(lina, shortcut, "一", "第一条", false);
            add(lina, shortcut, "二", "第二条", false)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("您已有快捷词为“/" + shortcut + "”的回复")));
            // Another agent may use the same word for their own.
            add(zhouqiang, shortcut, "二", "第二条", false).andExpect(redirectedUrl("/console/replies"));
            add(lina, "有 空格", "t", "b", false)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("不能有空格或“/”")));
            add(lina, "长".repeat(21), "t", "b", false)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("快捷词最多20个字，现在有21个字")));
            add(lina, unique("long"), "t", "话".repeat(1001), false)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("内容最多1000个字，现在有1001个字")));
        }

        @Test
        void markupInAReplyIsShownAsText() throws Exception {
            String shortcut = unique("xss");
            add(lina, shortcut, "<b>粗体</b>", "<script>alert(1)</script><img src=x onerror=alert(2)>", false)
                    .andExpect(redirectedUrl("/console/replies"));
            mvc.perform(get("/console/replies").with(as(lina)))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")))
                    .andExpect(content().string(containsString("&lt;b&gt;粗体&lt;/b&gt;")))
                    .andExpect(content().string(not(containsString("<img src=x"))));
        }
    }

    @Nested
    class OnACase {

        @Autowired
        TestStreet street;
        @Autowired
        Cases cases;
        @Autowired
        Bookings bookings;
        @Autowired
        TestClock clock;
        @Autowired
        ReplyPicker picker;

        @Test
        void theVariablesAreFilledFromTheCaseAndTheAgent() {
            clock.set(ConsoleTestApplication.START);
            String community = street.newCommunity();
            Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
            street.worker(community, 2);
            bookings.book(new BookingRequest(elder.elderId(), "cleaning", LocalDateTime.of(2026, 3, 4, 10, 0), null,
                    Channel.WECHAT, "bot", UUID.randomUUID().toString(), false, null));
            CareCase kase = cases.openHandoff(elder.elderId(), "问一下打扫卫生", Priority.NORMAL, Channel.WEB, "bot");
            String shortcut = unique("fill");
            replies.save(new CannedReply(lina.getId(), shortcut, "确认", "{称呼}您好，我是{坐席}，您{时间}的{服务}已安排。",
                    clock.instant(), lina.getUsername()));

            InsertableReply filled = picker.forCase(kase.getId(), lina).stream()
                    .filter(r -> r.shortcut().equals(shortcut)).findFirst().orElseThrow();

            assertThat(filled.text()).isEqualTo("王阿姨您好，我是李娜，您3月4日 10:00的打扫卫生已安排。");
            assertThat(filled.missing()).isEmpty();
        }

        @Test
        void withoutAKnownElderTheirVariablesStayForTheAgentToFillIn() {
            CareCase kase = cases.openHandoff(null, "有人找客服", Priority.NORMAL, Channel.WEB, "bot");
            String shortcut = unique("nofill");
            replies.save(new CannedReply(lina.getId(), shortcut, "问候", "{称呼}您好，我是{坐席}。", clock.instant(),
                    lina.getUsername()));

            InsertableReply filled = picker.forCase(kase.getId(), lina).stream()
                    .filter(r -> r.shortcut().equals(shortcut)).findFirst().orElseThrow();

            assertThat(filled.text()).isEqualTo("{称呼}您好，我是李娜。");
            assertThat(filled.missing()).containsExactly("称呼");
        }
    }
}
