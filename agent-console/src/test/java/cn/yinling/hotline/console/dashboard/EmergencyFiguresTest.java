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
import cn.yinling.hotline.console.dashboard.FigureQueries.EmergencyRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The emergencies' line of the dashboard, from known timestamps, counted by hand in the comments. */
class EmergencyFiguresTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant NOW = T0.plusSeconds(3600);

    @Test
    void sharesLeaveOutOnlyTheEmergenciesStillWaitingShortOfTheirLimit() {
        EmergencyFigures f = EmergencyFigures.of(List.of(
                answered(30, 400L), answered(60, null), answered(61, null), answered(180, null), answered(200, 900L),
                new EmergencyRow(T0, null, null, false),                        // closed without a claim: counts against
                new EmergencyRow(NOW.minusSeconds(30), null, null, true),       // waiting 30 s: in neither base
                new EmergencyRow(NOW.minusSeconds(100), null, null, true)), NOW); // waiting 100 s: missed 60 s, 3 min open

        assertThat(f.offered()).isEqualTo(8);
        assertThat(f.within60()).isEqualTo(2);               // 30 s, 60 s
        assertThat(f.within60Percent()).isEqualTo(29);       // 2 of 7
        assertThat(f.within180()).isEqualTo(4);              // 30, 60, 61, 180 s
        assertThat(f.within180Percent()).isEqualTo(67);      // 4 of 6
        assertThat(f.answered()).isEqualTo(5);
        assertThat(f.medianAnswer()).isEqualTo(61);          // 30 60 [61] 180 200
        assertThat(f.maxAnswer()).isEqualTo(200);
        assertThat(f.responded()).isEqualTo(2);
        assertThat(f.medianResponder()).isEqualTo(400);      // [400] 900: the lower middle
        assertThat(f.maxResponder()).isEqualTo(900);
    }

    @Test
    void withoutEmergenciesThereIsNoFigureToShow() {
        EmergencyFigures f = EmergencyFigures.of(List.of(), NOW);

        assertThat(f.offered()).isZero();
        assertThat(f.within60Percent()).isNull();
        assertThat(f.medianAnswer()).isNull();
        assertThat(f.medianResponder()).isNull();
    }

    private static EmergencyRow answered(long afterSeconds, Long responderAfter) {
        return new EmergencyRow(T0, T0.plusSeconds(afterSeconds), responderAfter == null ? null : T0.plusSeconds(responderAfter),
                false);
    }

    /** On the page, for the range chosen; 2025-10-08 in Shanghai, a day no other test of this context writes. */
    @Nested
    @SpringBootTest(classes = ConsoleTestApplication.class)
    @AutoConfigureMockMvc
    class OnTheDashboard {

        static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
        static final LocalDate DAY = LocalDate.of(2025, 10, 8);

        @Autowired
        JdbcTemplate jdbc;
        @Autowired
        TestStreet street;
        @Autowired
        TestAgents testAgents;
        @Autowired
        MockMvc mvc;

        @Test
        void emergenciesOfTheRangeWithTheirAnswerAndResponderTimes() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "李娜");
            long elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "王秀英").getId();
            long a = emergency(elder, "CLOSED", local(9, 0));
            event(a, "CLAIMED", local(9, 0).plusSeconds(45), agent);                // answered in 45 s
            event(a, "RESPONDER_ACCEPTED", local(9, 5), agent);                      // responder after 300 s
            event(a, "RESPONDER_ACCEPTED", local(9, 9), agent);                      // a later one does not count
            long b = emergency(elder, "CLOSED", local(13, 0));
            event(b, "REASSIGNED", local(13, 0).plusSeconds(150), agent);           // assigned by a supervisor in 150 s
            emergency(elder, "CLOSED", local(20, 0));                               // closed, never answered
            long before = emergency(elder, "CLOSED", DAY.minusDays(1).atTime(12, 0).atZone(SHANGHAI).toOffsetDateTime());
            event(before, "CLAIMED", DAY.minusDays(1).atTime(12, 0, 10).atZone(SHANGHAI).toOffsetDateTime(), agent);

            String page = dashboard(DAY);

            assertThat(text(page, "emergencies-offered")).isEqualTo("3");
            assertThat(text(page, "emergencies-within-60")).isEqualTo("1（33%）");
            assertThat(text(page, "emergencies-within-180")).isEqualTo("2（67%）");
            assertThat(text(page, "emergencies-median-answer")).isEqualTo("45 秒");
            assertThat(text(page, "emergencies-max-answer")).isEqualTo("150 秒");
            assertThat(text(page, "emergencies-responder")).isEqualTo("中位数 300 秒，最长 300 秒（1 起）");
        }

        @Test
        void aDayWithoutEmergenciesShowsDashes() throws Exception {
            String page = dashboard(DAY.minusYears(3));

            assertThat(text(page, "emergencies-offered")).isEqualTo("0");
            assertThat(text(page, "emergencies-within-60")).isEqualTo("—");
            assertThat(text(page, "emergencies-median-answer")).isEqualTo("—");
            assertThat(text(page, "emergencies-responder")).isEqualTo("—");
        }

        private String dashboard(LocalDate day) throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            return mvc.perform(get("/console/supervisor/dashboard").param("from", day.toString()).param("to", day.toString())
                            .with(user(boss.getUsername()).roles("SUPERVISOR")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }

        private OffsetDateTime local(int hour, int minute) {
            return DAY.atTime(hour, minute).atZone(SHANGHAI).toOffsetDateTime();
        }

        private long emergency(long elder, String status, OffsetDateTime created) {
            String subject = "seed-" + UUID.randomUUID();
            jdbc.update("""
                    insert into care_case (elder_id, type, priority, status, subject, channel, due_at, created_at, closed_at)
                    values (?, 'EMERGENCY', 1, ?, ?, 'VOICE', ?, ?, ?)""", elder, status, subject, created.plusMinutes(5),
                    created, created.plusMinutes(30));
            return jdbc.queryForObject("select id from care_case where subject = ?", Long.class, subject);
        }

        private void event(long caseId, String kind, OffsetDateTime at, Agent agent) {
            jdbc.update("insert into case_event (case_id, at, kind, actor) values (?, ?, ?, ?)", caseId, at, kind,
                    agent.getUsername());
        }

        private static String text(String html, String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
            assertThat(m.find()).as("element #%s on the page", id).isTrue();
            return m.group(1).trim();
        }
    }
}
