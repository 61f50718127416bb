package cn.yinling.hotline.console.voice;

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

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.reminder.BookingReminders;
import cn.yinling.hotline.cases.reminder.DueReminder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.cases.voice.Pace;
import cn.yinling.hotline.cases.voice.VoicePreference;
import cn.yinling.hotline.cases.voice.VoicePreferences;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The voice and reminder form of an elder's record: any agent may change it, each change audited, nothing without CSRF. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class VoicePreferenceEditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    VoicePreferences preferences;
    @Autowired
    AuditTrail audit;
    @Autowired
    Bookings bookings;
    @Autowired
    BookingReminders reminders;
    @Autowired
    TestClock clock;

    Agent agent;
    Elder elder;
    String base;

    @BeforeEach
    void anElderInTheDirectory() {
        agent = testAgents.create(AgentRole.AGENT, "周敏");
        elder = street.elderWithPolicy(street.newCommunity(), null);
        base = "/console/elders/" + elder.getId();
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    @Test
    void theRecordPageOffersTheCentresPromptSets() throws Exception {
        mvc.perform(get(base).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-voice\"")))
                .andExpect(content().string(containsString("四川话")))
                .andExpect(content().string(containsString("预约前一天打电话提醒")));
    }

    @Test
    void aPlainAgentSetsSlowSichuanPromptsAndRemindersAndItIsAudited() throws Exception {
        mvc.perform(post(base + "/voice").param("pace", "SLOW").param("promptSet", "sichuan")
                        .param("reminderCalls", "true").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl(base + "#voice"))
                .andExpect(flash().attribute("done", "语音和提醒设置已保存。"));

        assertThat(preferences.of(elder.elderId())).isEqualTo(new VoicePreference(Pace.SLOW, "sichuan", true));
        assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditEntry.Action.UPDATE);
            assertThat(e.getActor()).isEqualTo(agent.getUsername());
            assertThat(e.getDetail()).isEqualTo("修改电话语音：语速慢速，四川话；预约提醒电话：要提醒");
        });
        mvc.perform(get(base).with(as(agent)))
                .andExpect(content().string(containsString("<option value=\"sichuan\" selected=\"selected\">四川话</option>")));
    }

    @Test
    void theRecordPageShowsWhatTheReminderCallCameTo() throws Exception {
        clock.set(ConsoleTestApplication.START);
        String community = street.newCommunity();
        street.worker(community, 2);
        Elder reminded = street.elderWithPolicy(community, null);
        preferences.change(reminded.elderId(), new VoicePreference(Pace.NORMAL, null, true), "test");
        LocalDateTime visitAt = ConsoleTestApplication.START.plusDays(4).withHour(10);
        Booking visit = bookings.book(new BookingRequest(reminded.elderId(), "cleaning", visitAt, null, Channel.CONSOLE,
                "test", UUID.randomUUID().toString(), true, null));
        clock.set(visitAt.minusDays(1).withHour(18));
        DueReminder due = reminders.claimDue("test").stream().filter(d -> d.bookingId() == visit.getId()).findFirst()
                .orElseThrow();
        reminders.confirm(due.id());

        mvc.perform(get("/console/elders/" + reminded.getId()).with(as(agent)))
                .andExpect(content().string(containsString("预约 #" + visit.getId())))
                .andExpect(content().string(containsString("老人已确认")));
    }

    @Test
    void anUntickedBoxTurnsRemindersOff() throws Exception {
        preferences.change(elder.elderId(), new VoicePreference(Pace.NORMAL, null, true), "test");

        mvc.perform(post(base + "/voice").param("pace", "NORMAL").param("promptSet", "").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl(base + "#voice"));

        assertThat(preferences.of(elder.elderId())).isEqualTo(VoicePreference.STANDARD);
    }

    @Test
    void aPromptSetTheCentreHasNotRecordedIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post(base + "/voice").param("pace", "SLOW").param("promptSet", "../../etc")
                        .param("reminderCalls", "true").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", "没有这套语音录音，请重新选择。"));
        mvc.perform(post(base + "/voice").param("pace", "FAST").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", "请选择语速。"));

        assertThat(preferences.of(elder.elderId())).isEqualTo(VoicePreference.STANDARD);
        assertThat(audit.of(elder.elderId())).noneSatisfy(e -> assertThat(e.getDetail()).startsWith("修改电话语音"));
    }

    @Test
    void withoutTheCsrfTokenNothingChanges() throws Exception {
        mvc.perform(post(base + "/voice").param("pace", "SLOW").param("reminderCalls", "true").with(as(agent)))
                .andExpect(status().isForbidden());

        assertThat(preferences.of(elder.elderId())).isEqualTo(VoicePreference.STANDARD);
    }

    @Test
    void withoutSigningInNothingChanges() throws Exception {
        mvc.perform(post(base + "/voice").param("pace", "SLOW").param("reminderCalls", "true").with(csrf()))
                .andExpect(redirectedUrl("/login"));

        assertThat(preferences.of(elder.elderId())).isEqualTo(VoicePreference.STANDARD);
    }

    @Test
    void anUnknownElderIsNotFound() throws Exception {
        mvc.perform(post("/console/elders/987654321/voice").param("pace", "SLOW").with(as(agent)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("语音和提醒设置已保存"))));
    }
}
