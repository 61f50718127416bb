package cn.yinling.hotline.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * After a form the agent lands on the section they acted in (the redirect's fragment), the result is
 * said there and not at the top of the page, a refused form comes back as typed with the problem
 * beside the field, and a refused move offers its free times as buttons in the booking's own row.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class LandingOnTheSectionTest {

    static final LocalDateTime WEDNESDAY_10 = LocalDateTime.of(2026, 3, 4, 10, 0);

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
    Bookings bookings;

    Agent holder;
    Elder elder;
    CareCase kase;
    Booking booking;
    String page;

    @BeforeEach
    void aClaimedHandoverOfAnElderWithABookingOnWednesday() {
        clock.set(ConsoleTestApplication.START);
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        String community = street.newCommunity();
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        street.worker(community, 2);
        booking = bookings.book(new BookingRequest(elder.elderId(), "cleaning", WEDNESDAY_10, null, Channel.WECHAT, "bot",
                UUID.randomUUID().toString(), false, null));
        kase = cases.openHandoff(elder.elderId(), "想改一下打扫卫生的时间", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(kase.getId(), holder.getId(), holder.getUsername());
        page = "/console/cases/" + kase.getId();
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    /** The page the redirect leads to, with the flash the redirect carried. */
    String landedOn(MvcResult redirect) throws Exception {
        return mvc.perform(get(page).flashAttrs(redirect.getFlashMap()).with(as(holder))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The part of the page from the element with this id to the end of its tag {@code until}. */
    static String part(String html, String id, String until) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isNotNegative();
        return html.substring(start, html.indexOf(until, start));
    }

    @Test
    void aNoteLandsOnTheNoteFormAndIsSaidThereNotAtTheTop() throws Exception {
        MvcResult r = mvc.perform(post(page + "/notes").param("note", "已电话联系老人").with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl(page + "#add-note")).andReturn();
        String html = landedOn(r);
        assertThat(part(html, "add-note", "</form>")).contains("备注已保存。");
        assertThat(html.substring(0, html.indexOf("class=\"columns\""))).doesNotContain("备注已保存。");
    }

    @Test
    void aRefusedBookingComesBackAsTypedWithTheProblemBesideTheDay() throws Exception {
        MvcResult r = mvc.perform(post(page + "/bookings").param("serviceCode", "bathing").param("day", "2026-03-02")
                        .param("time", "15:00").param("note", "请带上防滑垫").param("selfPay", "true")
                        .param("requestKey", "console-landing-" + kase.getId()).with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl(page + "#book")).andReturn();
        FormDraft draft = (FormDraft) r.getFlashMap().get("draft");
        assertThat(draft.problem("booking", "day")).contains("需要提前预约");

        String form = part(landedOn(r), "book", "</form>");
        assertThat(form).containsPattern("<option value=\"bathing\" selected=\"selected\"")
                .contains("value=\"2026-03-02\"").contains("value=\"15:00\"").contains("value=\"请带上防滑垫\"")
                .containsPattern("name=\"selfPay\" value=\"true\"[^>]*checked=\"checked\"");
        assertThat(part(form, "day-problem", "</p>")).contains("需要提前预约");
        assertThat(form).containsPattern("id=\"day\"[^>]*aria-invalid=\"true\"");
        assertThat(bookings.upcoming(elder.elderId())).hasSize(1);
    }

    @Test
    void aRefusedMoveLandsOnItsBookingWithTheFreeTimesAsButtonsThatFillItsForm() throws Exception {
        bookings.book(new BookingRequest(elder.elderId(), "companionship", WEDNESDAY_10.plusDays(1).withHour(14), null,
                Channel.VOICE, "elder", UUID.randomUUID().toString(), false, null));
        String row = "booking-" + booking.getId();
        MvcResult r = mvc.perform(post(page + "/bookings/" + booking.getId() + "/move").param("day", "2026-03-05")
                        .param("time", "13:30").with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl(page + "#" + row)).andReturn();

        String html = landedOn(r);
        String ownRow = part(html, row, "</tbody>");
        assertThat(ownRow).contains("无法改约：老人新的时间已有另一项上门服务")
                .contains("id=\"move-" + booking.getId() + "\"")
                .contains("value=\"2026-03-05\"").contains("value=\"13:30\"")
                .contains("class=\"small free-time\"").contains("data-day=\"2026-03-05\"").contains("data-time=\"08:00\"")
                .contains("data-form=\"move-" + booking.getId() + "\"");
        assertThat(html.substring(0, html.indexOf("id=\"" + row + "\""))).doesNotContain("无法改约");
    }

    @Test
    void eachBookingHasItsMoveFormInItsOwnRowGroup() throws Exception {
        Booking second = bookings.book(new BookingRequest(elder.elderId(), "laundry", WEDNESDAY_10.plusDays(2), null,
                Channel.VOICE, "elder", UUID.randomUUID().toString(), false, null));
        String html = mvc.perform(get(page).with(as(holder))).andReturn().getResponse().getContentAsString();
        for (Booking b : new Booking[] {booking, second}) {
            assertThat(part(html, "booking-" + b.getId(), "</tbody>"))
                    .contains("/bookings/" + b.getId() + "/move").contains("/bookings/" + b.getId() + "/cancel")
                    .doesNotContain("/bookings/" + (b == booking ? second : booking).getId() + "/");
        }
    }

    @Test
    void aRefusedPhoneNumberOnTheRecordPageKeepsWhatWasTypedBesideTheField() throws Exception {
        String record = "/console/elders/" + elder.getId();
        MvcResult r = mvc.perform(post(record + "/phones").param("phones", "13912345678\n12345").with(as(holder))
                        .with(csrf()))
                .andExpect(redirectedUrl(record + "#edit-phones")).andReturn();
        String html = mvc.perform(get(record).flashAttrs(r.getFlashMap()).with(as(holder))).andReturn().getResponse()
                .getContentAsString();
        String form = part(html, "edit-phones", "</form>");
        assertThat(form).contains("13912345678\n12345").contains("aria-invalid=\"true\"");
        assertThat(part(form, "phones-problem", "</p>")).contains("电话号码“12345”格式不正确");
    }
}
