package cn.yinling.hotline.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures for one day, from rows seeded with SQL (as the IVR, the bot, the AMI
 * client and the check-in dialer would have written them), counted by hand in the comments.
 * The day is 2025-11-20 in Shanghai, far from the days other tests of this context write.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2025, 11, 20);
    static final DateRange RANGE = new DateRange(DAY, DAY);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dashboards dashboards;
    @Autowired
    TestStreet street;
    @Autowired
    TestAgents testAgents;
    @Autowired
    MockMvc mvc;

    Agent agent;
    long elderId;

    @BeforeAll
    void seed() {
        agent = testAgents.create(AgentRole.AGENT, "李娜");
        elderId = street.elder(street.household(street.newCommunity(), Registration.URBAN), "王秀英").getId();
        seedConversations();
        seedQueuedCalls();
        seedChatHandovers();
        seedComplaints();
        seedRatings();
        seedCheckins();
    }

    /**
     * Seven conversations on the day (local hours 0, 9, 9, 9, 14, 14, 20) and two just outside it
     * (23:30 the day before; 00:10 the day after, which is still the 20th in UTC). Three involved a
     * person: a voice hand-over, a taken-over WeChat chat, a web chat both handed over and taken over.
     */
    void seedConversations() {
        long handoff = openCase("HANDOFF", "OPEN", "VOICE", local(9, 0), local(9, 15), null);
        long webCase = openCase("HANDOFF", "CLOSED", "WEB", local(14, 30), local(14, 45), local(15, 0));
        long voice = conversation("VOICE", local(9, 10), handoff, null);
        conversation("VOICE", local(9, 40), null, null);
        conversation("VOICE", local(14, 5), null, null);
        conversation("VOICE", local(0, 30), null, null);
        conversation("WECHAT", local(9, 20), null, agent.getId());
        conversation("WECHAT", local(20, 0), null, null);
        conversation("WEB", local(14, 30), webCase, agent.getId());
        conversation("VOICE", DAY.minusDays(1).atTime(23, 30).atZone(SHANGHAI).toOffsetDateTime(), null, null);
        conversation("WECHAT", DAY.plusDays(1).atTime(0, 10).atZone(SHANGHAI).toOffsetDateTime(), null, null);
        // Intents of incoming turns: book_service 3, query_balance 2, complaint 1; replies and unrecognised turns do not count.
        for (String intent : new String[] {"book_service", "book_service", "query_balance", "book_service", "complaint",
                "query_balance"}) {
            message(voice, "IN", intent);
        }
        message(voice, "OUT", "book_service");
        message(voice, "IN", null);
    }

    /**
     * Seven calls left the queue on the day: answered after 10, 30, 50, 70, 120 and 200 s, one
     * abandoned after 90 s; one is still waiting. Not counted: one joined the day before, one was
     * handed over by the IVR but never joined.
     */
    void seedQueuedCalls() {
        int[] answered = {10, 30, 50, 70, 120, 200};
        for (int i = 0; i < answered.length; i++) {
            queueCall(i == 0 ? "ANSWERED" : "COMPLETED", local(10, i), answered[i]);
        }
        queueCall("ABANDONED", local(11, 0), 90);
        queueCall("WAITING", local(23, 59), null);
        queueCall("COMPLETED", DAY.minusDays(1).atTime(12, 0).atZone(SHANGHAI).toOffsetDateTime(), 5);
        jdbc.update("insert into queue_call (uniqueid, outcome, handed_over_at) values (?, 'HANDED_OVER', ?)",
                UUID.randomUUID().toString(), local(12, 0));
    }

    /**
     * Chats handed to a person: claimed after 45 s and after 4 minutes, one closed without a claim,
     * one still waiting (not decided). A voice hand-over is not a chat.
     */
    void seedChatHandovers() {
        long quick = openCase("HANDOFF", "CLAIMED", "WECHAT", local(16, 0), local(16, 15), null);
        claimed(quick, local(16, 0).plusSeconds(45));
        long slow = openCase("HANDOFF", "CLAIMED", "WEB", local(17, 0), local(17, 15), null);
        claimed(slow, local(17, 4));
        openCase("HANDOFF", "CLOSED", "WECHAT", local(18, 0), local(18, 15), local(18, 30));
        openCase("HANDOFF", "OPEN", "WECHAT", local(19, 0), local(19, 15), null);
        long voice = openCase("HANDOFF", "CLAIMED", "VOICE", local(19, 30), local(19, 45), null);
        claimed(voice, local(19, 31));
    }

    /** Four complaints: open and overdue now, open and due next year, closed on time, closed late. */
    void seedComplaints() {
        openCase("COMPLAINT", "OPEN", "WECHAT", local(8, 0), local(8, 0).plusDays(2), null);
        openCase("COMPLAINT", "CLAIMED", "VOICE", local(8, 10), OffsetDateTime.parse("2027-01-01T00:00:00+08:00"), null);
        openCase("COMPLAINT", "CLOSED", "VOICE", local(8, 20), local(8, 20).plusDays(2), local(8, 20).plusDays(1));
        openCase("COMPLAINT", "CLOSED", "WEB", local(8, 30), local(8, 30).plusDays(2), local(8, 30).plusDays(3));
    }

    /** Twenty ratings on the day, nineteen of 4 or 5 (exactly 95%); one rating of 1 the day after does not count. */
    void seedRatings() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 30);
        jdbc.update("""
                insert into service_item (code, name_zh, synonyms, category, kind, default_minutes, price_per_hour_fen,
                    lead_hours_online, lead_hours_phone) values (?, '测试保洁', '', 'HOUSEKEEPING', 'APPOINTMENT', 60, 2000, 24, 24)""",
                code);
        long service = jdbc.queryForObject("select id from service_item where code = ?", Long.class, code);
        for (int i = 0; i < 20; i++) {
            rating(service, i == 7 ? 3 : 4 + i % 2, local(12, i));
        }
        rating(service, 1, DAY.plusDays(1).atTime(12, 0).atZone(SHANGHAI).toOffsetDateTime());
    }

    /**
     * Five elders' check-ins on the day: fine at once; fine on the second call; three unanswered calls
     * then an alert; asked for help; unanswered with the retry still pending. A fine check-in the day
     * after does not count.
     */
    void seedCheckins() {
        long[] e = new long[5];
        for (int i = 0; i < e.length; i++) {
            e[i] = street.elder(street.household(street.newCommunity(), Registration.URBAN), "老人" + i).getId();
        }
        checkin(e[0], DAY, 1, "FINE");
        checkin(e[1], DAY, 1, "NO_ANSWER");
        checkin(e[1], DAY, 2, "FINE");
        checkin(e[2], DAY, 1, "NO_ANSWER");
        checkin(e[2], DAY, 2, "NO_ANSWER");
        checkin(e[2], DAY, 3, "ALERTED");
        checkin(e[3], DAY, 1, "NEEDS_HELP");
        checkin(e[4], DAY, 1, "NO_ANSWER");
        checkin(e[4], DAY, 2, "PENDING");
        checkin(e[0], DAY.plusDays(1), 1, "FINE");
    }

    /**
     * Calls are the four voice conversations of the day and the three phone cases no conversation
     * stands for (complaints by phone at 8:10 and 8:20, a phone hand-over at 19:30); the phone
     * hand-over at 9:00 has its conversation and counts once. Chats are the WeChat and web conversations.
     */
    @Test
    void countsCallsAndChatsByLocalHour() {
        HourlyChart hourly = dashboards.of(RANGE).hourly();

        assertThat(hourly.calls()).isEqualTo(7);
        assertThat(hourly.columns().get(8).calls()).isEqualTo(2);
        assertThat(hourly.columns().get(19).calls()).isEqualTo(1);
        assertThat(hourly.chats()).isEqualTo(3);
        assertThat(hourly.columns().get(0).calls()).isEqualTo(1);
        assertThat(hourly.columns().get(9).calls()).isEqualTo(2);
        assertThat(hourly.columns().get(9).chats()).isEqualTo(1);
        assertThat(hourly.columns().get(14).calls()).isEqualTo(1);
        assertThat(hourly.columns().get(14).chats()).isEqualTo(1);
        assertThat(hourly.columns().get(20).chats()).isEqualTo(1);
        assertThat(hourly.columns().get(23).chats()).isZero();
        assertThat(hourly.max()).isEqualTo(2);
        assertThat(hourly.columns().get(9).callsHeight()).isEqualTo(HourlyChart.PLOT_HEIGHT);
    }

    @Test
    void splitsConversationsBetweenTheBotAndPeople() {
        Handling h = dashboards.of(RANGE).handling();

        assertThat(h.conversations()).isEqualTo(7);
        assertThat(h.byPerson()).isEqualTo(3);
        assertThat(h.byBot()).isEqualTo(4);
        assertThat(h.handedOver()).isEqualTo(2);
        assertThat(h.takenOver()).isEqualTo(2);
        assertThat(h.botPercent()).isEqualTo(57);
        assertThat(h.personPercent()).isEqualTo(43);
    }

    @Test
    void countsRecognisedIntentsOfIncomingTurns() {
        BarChart intents = dashboards.of(RANGE).intents();

        assertThat(intents.bars()).extracting(BarChart.Bar::label).containsExactly("预约服务", "查询余额", "投诉");
        assertThat(intents.bars()).extracting(BarChart.Bar::count).containsExactly(3L, 2L, 1L);
        assertThat(intents.bars()).extracting(BarChart.Bar::percent).containsExactly(50, 33, 17);
    }

    @Test
    void measuresHowLongQueuedCallsWaited() {
        WaitFigures calls = dashboards.of(RANGE).callWait();

        assertThat(calls.decided()).isEqualTo(7);
        assertThat(calls.answered()).isEqualTo(6);
        assertThat(calls.averageSeconds()).isEqualTo(80);   // 480 / 6
        assertThat(calls.p90Seconds()).isEqualTo(200);      // nearest rank: the 6th of 6
        assertThat(calls.within60Percent()).isEqualTo(43);  // 3 of 7
        assertThat(calls.within180Percent()).isEqualTo(71); // 5 of 7
    }

    @Test
    void measuresChatWaitsFromHandOverToClaim() {
        WaitFigures chats = dashboards.of(RANGE).chatWait();

        // The web chat of seedConversations was closed without a claim: decided, not answered.
        assertThat(chats.decided()).isEqualTo(4);
        assertThat(chats.answered()).isEqualTo(2);
        assertThat(chats.averageSeconds()).isEqualTo(143);  // (45 + 240) / 2, half up
        assertThat(chats.p90Seconds()).isEqualTo(240);
        assertThat(chats.within60Percent()).isEqualTo(25);
        assertThat(chats.within180Percent()).isEqualTo(25);
    }

    @Test
    void comparesComplaintsWithTheirDueTime() {
        ComplaintFigures c = dashboards.of(RANGE).complaints();

        assertThat(c).isEqualTo(new ComplaintFigures(4, 2, 1, 1, 1));
    }

    @Test
    void comparesSatisfactionWithTheTarget() {
        Satisfaction s = dashboards.of(RANGE).satisfaction();

        assertThat(s.rated()).isEqualTo(20);
        assertThat(s.satisfied()).isEqualTo(19);
        assertThat(s.rateLabel()).isEqualTo("95.0");
        assertThat(s.targetPercent()).isEqualTo(95);
        assertThat(s.meetsTarget()).isTrue();
    }

    @Test
    void countsCheckinsByHowTheDayEnded() {
        assertThat(dashboards.of(RANGE).checkins()).isEqualTo(new CheckinFigures(5, 2, 1, 1, 1));
    }

    @Test
    void thePageShowsTheFiguresInChinese() throws Exception {
        String html = dashboardPage("陈敏", DAY);

        assertThat(text(html, "call-average")).isEqualTo("80 秒");
        assertThat(text(html, "call-p90")).isEqualTo("200 秒");
        assertThat(text(html, "call-within-60")).isEqualTo("43%");
        assertThat(text(html, "call-within-180")).isEqualTo("71%");
        assertThat(text(html, "chat-average")).isEqualTo("143 秒");
        assertThat(text(html, "satisfaction-rate")).isEqualTo("95.0%");
        assertThat(text(html, "satisfaction-verdict")).isEqualTo("已达到目标");
        assertThat(text(html, "complaints-overdue")).isEqualTo("1");
        assertThat(text(html, "checkins-missed")).isEqualTo("1");
        assertThat(text(html, "checkins-escalated")).isEqualTo("1");
        assertThat(text(html, "by-bot")).isEqualTo("4");
        assertThat(html).contains("id=\"hour-9\" data-calls=\"2\" data-chats=\"1\"");
        assertThat(html).containsSubsequence("data-label=\"预约服务\" data-count=\"3\"", "data-label=\"查询余额\" data-count=\"2\"",
                "data-label=\"投诉\" data-count=\"1\"");
        assertThat(html.split("<svg class=\"chart\"", -1)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aRangeWithoutTrafficShowsNoSharesRatherThanZeroPercent() throws Exception {
        String html = dashboardPage("陈静", DAY.minusYears(3));

        assertThat(text(html, "bot-share")).isEqualTo("—");
        assertThat(text(html, "calls-within-60")).isEqualTo("—");
        assertThat(text(html, "call-within-180")).isEqualTo("—");
        assertThat(text(html, "chat-within-60")).isEqualTo("—");
        assertThat(text(html, "satisfaction-rate")).isEqualTo("—");
    }

    /** The dashboard of one day, as a new supervisor sees it. */
    private String dashboardPage(String supervisor, LocalDate day) throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, supervisor);
        return mvc.perform(get("/console/supervisor/dashboard").param("from", day.toString()).param("to", day.toString())
                        .with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the element with this id (the figures are leaf elements). */
    private static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #%s on the page", id).isTrue();
        return m.group(1).trim();
    }

    private OffsetDateTime local(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(SHANGHAI).toOffsetDateTime();
    }

    private long openCase(String type, String status, String channel, OffsetDateTime created, OffsetDateTime due,
            OffsetDateTime closed) {
        String subject = "seed-" + UUID.randomUUID();
        jdbc.update("""
                insert into care_case (elder_id, type, priority, status, subject, channel, due_at, created_at, closed_at)
                values (?, ?, 4, ?, ?, ?, ?, ?, ?)""", elderId, type, status, subject, channel, due, created, closed);
        return jdbc.queryForObject("select id from care_case where subject = ?", Long.class, subject);
    }

    private void claimed(long caseId, OffsetDateTime at) {
        jdbc.update("insert into case_event (case_id, at, kind, actor) values (?, ?, 'CLAIMED', ?)", caseId, at,
                agent.getUsername());
    }

    private long conversation(String channel, OffsetDateTime started, Long caseId, Long takenOverBy) {
        String sender = "seed-" + UUID.randomUUID();
        jdbc.update("""
                insert into conversation (channel, sender, case_id, started_at, taken_over_by, taken_over_at)
                values (?, ?, ?, ?, ?, ?)""", channel, sender, caseId, started, takenOverBy,
                takenOverBy == null ? null : started.plusMinutes(1));
        return jdbc.queryForObject("select id from conversation where sender = ?", Long.class, sender);
    }

    private void message(long conversationId, String direction, String intent) {
        jdbc.update("insert into message (conversation_id, at, direction, text, intent) values (?, ?, ?, '…', ?)",
                conversationId, local(9, 11), direction, intent);
    }

    private void queueCall(String outcome, OffsetDateTime joined, Integer waitSeconds) {
        jdbc.update("""
                insert into queue_call (uniqueid, joined_at, answered_at, wait_seconds, outcome, agent_id)
                values (?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), joined,
                "ANSWERED".equals(outcome) || "COMPLETED".equals(outcome) ? joined.plusSeconds(waitSeconds) : null,
                waitSeconds, outcome, "WAITING".equals(outcome) || "ABANDONED".equals(outcome) ? null : agent.getId());
    }

    private void rating(long serviceId, int rating, OffsetDateTime at) {
        String key = "seed-" + UUID.randomUUID();
        jdbc.update("""
                insert into booking (elder_id, service_id, status, starts_at, duration_minutes, channel, requested_by,
                    request_key, created_at, updated_at) values (?, ?, 'COMPLETED', ?, 60, 'VOICE', 'test', ?, ?, ?)""",
                elderId, serviceId, LocalDateTime.of(2025, 11, 19, 9, 0), key, at, at);
        long booking = jdbc.queryForObject("select id from booking where request_key = ?", Long.class, key);
        jdbc.update("""
                insert into service_record (booking_id, actual_minutes, confirmed_by_elder, covered_amount, elder_pays_fen,
                    recorded_at, rating, rated_at, settlement_month) values (?, 60, true, 0, 0, ?, ?, ?, ?)""",
                booking, at, rating, at, LocalDate.of(2025, 11, 1));
    }

    private void checkin(long elder, LocalDate day, int attempt, String state) {
        jdbc.update("insert into checkin_attempt (elder_id, checkin_day, attempt, due_at, state) values (?, ?, ?, ?, ?)",
                elder, day, attempt, day.atTime(9, 0).atZone(SHANGHAI).toOffsetDateTime(), state);
    }
}
