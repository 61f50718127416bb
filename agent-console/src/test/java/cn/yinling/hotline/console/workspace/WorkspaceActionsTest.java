package cn.yinling.hotline.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Moving a booking, booking over the elder's other visit, and scheduling a follow-up call from a
 * claimed case's workspace, with their permissions and audit.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class WorkspaceActionsTest {

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
    @Autowired
    AuditTrail audit;
    @Autowired
    cn.yinling.hotline.cases.elder.Elders elders;

    Agent holder;
    Agent other;
    Agent supervisor;
    Elder elder;
    CareCase kase;
    Booking booking;

    @BeforeEach
    void aClaimedHandoverOfAnElderWithABookingOnWednesday() {
        clock.set(ConsoleTestApplication.START);
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        other = testAgents.create(AgentRole.AGENT, "周强");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        String community = street.newCommunity();
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        street.worker(community, 2);
        booking = bookings.book(new BookingRequest(elder.elderId(), "cleaning", WEDNESDAY_10, null, Channel.WECHAT, "bot",
                UUID.randomUUID().toString(), false, null));
        kase = cases.openHandoff(elder.elderId(), "想改一下打扫卫生的时间", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(kase.getId(), holder.getId(), holder.getUsername());
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    String moveUrl() {
        return "/console/cases/" + kase.getId() + "/bookings/" + booking.getId() + "/move";
    }

    @Nested
    class MovingABooking {

        @Test
        void theBookingMovesAndTheMoveIsOnTheTimelineAndAudited() throws Exception {
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").param("time", "14:00").with(as(holder)).with(csrf()))
                    .andExpect(redirectedUrl("/console/cases/" + kase.getId() + "#bookings"))
                    .andExpect(flash().attribute("done", containsString("已改到 3月5日 14:00")));
            assertThat(bookings.find(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 0));
            assertThat(cases.timeline(kase.getId())).anySatisfy(e -> assertThat(e.getNote()).contains("改约 #" + booking.getId()));
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
                assertThat(e.getAction()).isEqualTo(AuditEntry.Action.UPDATE);
                assertThat(e.getDetail()).startsWith("改约 #" + booking.getId()).contains("2026-03-05T14:00");
            });
        }

        @Test
        void aMoveInsideTheLeadTimeIsRefusedInTheBotsTermsAndChangesNothing() throws Exception {
            mvc.perform(post(moveUrl()).param("day", "2026-03-02").param("time", "15:00").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("无法改约：这项服务需要提前预约")))
                    .andExpect(flash().attribute("problem", containsString("最早可约：3月3日 09:00")));
            assertThat(bookings.find(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(WEDNESDAY_10);
        }

        @Test
        void aMoveOntoAnotherVisitOfTheElderNamesTheClashAndFreeTimes() throws Exception {
            Booking chat = bookings.book(new BookingRequest(elder.elderId(), "companionship", WEDNESDAY_10.plusDays(1).withHour(14),
                    null, Channel.VOICE, "elder", UUID.randomUUID().toString(), false, null));
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").param("time", "13:30").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("无法改约：老人新的时间已有另一项上门服务")))
                    .andExpect(flash().attribute("problem", containsString("陪伴聊天 3月5日 14:00–15:00（预约 #" + chat.getId() + "）")))
                    .andExpect(flash().attribute("freeTimes", hasItem(new FreeTime("2026-03-05", "08:00", "3月5日 08:00"))));
            assertThat(bookings.find(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(WEDNESDAY_10);
        }

        @Test
        void aMoveWithoutADayOrTimeIsAskedAgain() throws Exception {
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", "请选择新的日期和时间。"));
        }

        @Test
        void anotherEldersBookingCannotBeMovedThroughThisCase() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings/987654/move").param("day", "2026-03-05")
                    .param("time", "14:00").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("找不到这条预约")));
        }

        @Test
        void theWorkspaceOffersTheMoveForAChangeableBooking() throws Exception {
            mvc.perform(get("/console/cases/" + kase.getId()).with(as(holder)))
                    .andExpect(content().string(containsString("move-" + booking.getId())));
        }
    }

    @Nested
    class TheCasePage {

        @Test
        void showsTheFamilysPhonesForTheAgentToCall() throws Exception {
            String phone = "1397712" + String.format("%04d", (int) (kase.getId() % 10000));
            elders.addFamilyContact(elder.elderId(), "王磊", "儿子", phone, true);
            mvc.perform(get("/console/cases/" + kase.getId()).with(as(holder)))
                    .andExpect(content().string(containsString("王磊（儿子）")))
                    .andExpect(content().string(containsString(phone)));
        }
    }

    @Nested
    class BookingFarAhead {

        @Test
        void aDateYearsAheadIsRefusedWithTheLastDayThatCanBeBooked() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings").with(as(holder)).with(csrf())
                    .param("serviceCode", "companionship").param("day", "2099-12-21").param("time", "09:00")
                    .param("requestKey", "console-far-" + kase.getId()))
                    .andExpect(flash().attribute("problem", containsString("无法预约：日期太远了。最晚可以预约到2026年5月31日")));
        }
    }

    @Nested
    class BookingOverAnotherVisit {

        @Test
        void aBookingOnBehalfOverlappingTheEldersVisitNamesTheClash() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/bookings").with(as(holder)).with(csrf())
                    .param("serviceCode", "companionship").param("day", "2026-03-04").param("time", "11:00")
                    .param("requestKey", "console-busy-" + kase.getId()))
                    .andExpect(flash().attribute("problem", containsString("无法预约：老人这个时间已有另一项上门服务")))
                    .andExpect(flash().attribute("problem", containsString("打扫卫生 3月4日 10:00–12:00（预约 #" + booking.getId() + "）")));
            assertThat(bookings.upcoming(elder.elderId())).singleElement().extracting(Booking::getId).isEqualTo(booking.getId());
        }
    }

    @Nested
    class SchedulingAFollowUp {

        @Test
        void aFollowUpCaseIsQueuedDueAtTheChosenTime() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/follow-ups").param("bookingId", booking.getId().toString())
                    .param("day", "2026-03-06").param("time", "10:30").param("note", "保洁后回访")
                    .with(as(holder)).with(csrf()))
                    .andExpect(redirectedUrl("/console/cases/" + kase.getId() + "#followup"))
                    .andExpect(flash().attribute("done", containsString("已安排回访")));
            CareCase followUp = cases.ofElder(elder.elderId()).stream().filter(c -> c.getType() == CaseType.FOLLOW_UP)
                    .findFirst().orElseThrow();
            assertThat(followUp.getBookingId()).isEqualTo(booking.getId());
            assertThat(followUp.getDueAt()).isEqualTo(Instant.parse("2026-03-06T02:30:00Z"));
            assertThat(cases.queue()).extracting(CareCase::getId).contains(followUp.getId());
            assertThat(audit.of(elder.elderId())).anySatisfy(e -> {
                assertThat(e.getAction()).isEqualTo(AuditEntry.Action.CREATE);
                assertThat(e.getDetail()).contains("安排回访").contains("#" + followUp.getId());
            });
        }

        @Test
        void aFollowUpInThePastIsRefusedInChinese() throws Exception {
            mvc.perform(post("/console/cases/" + kase.getId() + "/follow-ups").param("bookingId", "")
                    .param("day", "2026-03-01").param("time", "10:00").with(as(holder)).with(csrf()))
                    .andExpect(flash().attribute("problem", "回访时间必须晚于现在。"));
            assertThat(cases.ofElder(elder.elderId())).noneMatch(c -> c.getType() == CaseType.FOLLOW_UP);
        }
    }

    @Nested
    class Permissions {

        @Test
        void anotherAgentCannotMoveOrScheduleButASupervisorCan() throws Exception {
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").param("time", "14:00").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/cases/" + kase.getId() + "/follow-ups").param("day", "2026-03-06")
                    .param("time", "10:00").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(bookings.find(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(WEDNESDAY_10);
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").param("time", "14:00").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("done", containsString("已改到")));
        }

        @Test
        void withoutSignInOrWithoutTheCsrfTokenNothingMoves() throws Exception {
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").param("time", "14:00").with(csrf()))
                    .andExpect(redirectedUrl("/login"));
            mvc.perform(post(moveUrl()).param("day", "2026-03-05").param("time", "14:00").with(as(holder)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/cases/" + kase.getId() + "/follow-ups").param("day", "2026-03-06")
                    .param("time", "10:00").with(as(holder)))
                    .andExpect(status().isForbidden());
            assertThat(bookings.find(booking.getId()).orElseThrow().getStartsAt()).isEqualTo(WEDNESDAY_10);
            assertThat(cases.ofElder(elder.elderId())).noneMatch(c -> c.getType() == CaseType.FOLLOW_UP);
        }
    }
}
