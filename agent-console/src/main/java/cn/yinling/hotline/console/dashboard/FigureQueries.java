package cn.yinling.hotline.console.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plain SQL for the dashboard's figures, one small query per figure. SQL rather than entities
 * because the figures need only two or three columns of many rows (call waits come from the
 * domain's {@code QueueCalls.answerTimes}, the one definition of the telecare figures). Portable SQL
 * (H2 and PostgreSQL); bucketing into the centre's local hours happens in Java, where the zone is.
 */
@Repository
class FigureQueries {

    /** One conversation: its channel, when it started, and whether a person took part. */
    record ConversationRow(String channel, Instant startedAt, boolean handedOver, boolean takenOver) {
    }

    /** One chat handed to a person: when it was handed over, when it was first claimed (null: never), and whether the case is still open. */
    record HandedOverChatRow(Instant handedOverAt, Instant claimedAt, boolean open) {
    }

    /** One complaint: when it was due and when it was closed (null: still open). */
    record ComplaintRow(Instant dueAt, Instant closedAt) {
    }

    /**
     * One emergency: when it opened, when an agent first took it (claimed, or assigned by a supervisor;
     * null: never), when the first responder accepted to go (null: none), and whether it still waits unclaimed.
     */
    record EmergencyRow(Instant openedAt, Instant answeredAt, Instant responderAcceptedAt, boolean waiting) {
    }

    /** One check-in attempt. */
    record CheckinRow(long elderId, LocalDate day, String state) {
    }

    private final JdbcTemplate jdbc;

    FigureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<ConversationRow> conversations(Instant from, Instant to) {
        return jdbc.query("""
                select channel, started_at, case_id is not null as handed_over, taken_over_by is not null as taken_over
                from conversation where started_at >= ? and started_at < ?""",
                (rs, i) -> new ConversationRow(rs.getString(1), instant(rs, 2), rs.getBoolean(3), rs.getBoolean(4)),
                at(from), at(to));
    }

    /**
     * When phone contacts opened a case without a recorded conversation (an elder put through to a
     * person by the switchboard, a check-in call that ended with a request for help, a call the desk
     * logged by hand): calls all the same, which counting conversations alone missed.
     */
    @Transactional(readOnly = true)
    List<Instant> callsWithoutConversation(Instant from, Instant to) {
        return jdbc.query("""
                select c.created_at from care_case c
                where c.channel = 'VOICE' and c.type in ('HANDOFF', 'COMPLAINT', 'EMERGENCY')
                  and c.created_at >= ? and c.created_at < ?
                  and not exists (select 1 from conversation v where v.case_id = c.id)""",
                (rs, i) -> instant(rs, 1), at(from), at(to));
    }

    /** Recognised intents of the callers' and family members' turns, most frequent first. */
    @Transactional(readOnly = true)
    Map<String, Long> intents(Instant from, Instant to) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query("""
                select intent, count(*) as n from message
                where direction = 'IN' and intent is not null and at >= ? and at < ?
                group by intent order by n desc, intent""",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, at(from), at(to));
        return out;
    }

    /** Hand-overs of WeChat and web chats in the window, with the first claim of their case. */
    @Transactional(readOnly = true)
    List<HandedOverChatRow> handedOverChats(Instant from, Instant to) {
        return jdbc.query("""
                select c.created_at,
                       (select min(e.at) from case_event e where e.case_id = c.id and e.kind = 'CLAIMED'),
                       c.status in ('OPEN', 'CLAIMED')
                from care_case c
                where c.type = 'HANDOFF' and c.channel in ('WECHAT', 'WEB') and c.created_at >= ? and c.created_at < ?""",
                (rs, i) -> new HandedOverChatRow(instant(rs, 1), instant(rs, 2), rs.getBoolean(3)), at(from), at(to));
    }

    /** Emergencies opened in the window, with their first answer and first responder accepted. */
    @Transactional(readOnly = true)
    List<EmergencyRow> emergencies(Instant from, Instant to) {
        return jdbc.query("""
                select c.created_at,
                       (select min(e.at) from case_event e where e.case_id = c.id and e.kind in ('CLAIMED', 'REASSIGNED')),
                       (select min(e.at) from case_event e where e.case_id = c.id and e.kind = 'RESPONDER_ACCEPTED'),
                       c.status = 'OPEN'
                from care_case c
                where c.type = 'EMERGENCY' and c.created_at >= ? and c.created_at < ?""",
                (rs, i) -> new EmergencyRow(instant(rs, 1), instant(rs, 2), instant(rs, 3), rs.getBoolean(4)), at(from), at(to));
    }

    @Transactional(readOnly = true)
    List<ComplaintRow> complaints(Instant from, Instant to) {
        return jdbc.query("select due_at, closed_at from care_case where type = 'COMPLAINT' and created_at >= ? and created_at < ?",
                (rs, i) -> new ComplaintRow(instant(rs, 1), instant(rs, 2)), at(from), at(to));
    }

    /** Service ratings given in the window: [all ratings, ratings of 4 or 5]. */
    @Transactional(readOnly = true)
    long[] ratings(Instant from, Instant to) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(case when rating >= 4 then 1 else 0 end), 0)
                from service_record where rating is not null and rated_at >= ? and rated_at < ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, at(from), at(to));
    }

    @Transactional(readOnly = true)
    List<CheckinRow> checkins(LocalDate firstDay, LocalDate lastDay) {
        return jdbc.query("select elder_id, checkin_day, state from checkin_attempt where checkin_day >= ? and checkin_day <= ?",
                (rs, i) -> new CheckinRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)), firstDay, lastDay);
    }

    /** Complaints opened in the window by outcome (the key "" for those without one yet). */
    @Transactional(readOnly = true)
    Map<String, Long> complaintOutcomes(Instant from, Instant to) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query("""
                select coalesce(complaint_outcome, ''), count(*) from care_case
                where type = 'COMPLAINT' and created_at >= ? and created_at < ?
                group by coalesce(complaint_outcome, '')""",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, at(from), at(to));
        return out;
    }

    /**
     * Visits of the month that were recorded (completed), by how the worker's arrival was proven at the
     * door: ELDER_PHONE, VISIT_CODE, STAFF, or "" when no check-in proves it.
     */
    @Transactional(readOnly = true)
    Map<String, Long> doorProofs(LocalDate firstDay, LocalDate lastDay) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query("""
                select coalesce(v.arrival_proof, ''), count(*)
                from service_record sr
                join booking b on b.id = sr.booking_id
                left join visit v on v.booking_id = b.id
                where b.starts_at >= ? and b.starts_at < ?
                group by coalesce(v.arrival_proof, '')""",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay());
        return out;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
