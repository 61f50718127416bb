package cn.yinling.hotline.cases.upgrade;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A database as the previous release left it: the schema of its migrations (V1 to V8; the release of
 * 23 November 2026, commit 2ec31a6, whose migration files are unchanged since) and the rows that
 * release wrote for one elder's life on the hotline, in that schema's columns. Identity columns are
 * left to the database, as the release did, so the upgraded application's own inserts follow them.
 */
final class PreviousRelease {

    /** The last migration of the previous release. */
    static final String LAST_MIGRATION = "8";

    static final String COMMUNITY = "升级社区";
    static final String ELDER_PHONE = "05557654321";
    static final String SON_OPENID = "o-upgrade-son";
    static final String POLICY = "ANQING_FREE";
    static final String WORKER_NAME = "李师傅";
    /** The visit done in February, recorded, confirmed and rated. */
    static final String DONE_REQUEST_KEY = "upgrade-visit-feb";
    /** The visit booked for Thursday 5 March, confirmed, its minutes held. */
    static final String BOOKED_REQUEST_KEY = "upgrade-visit-mar";
    static final String COMPLAINT_SUBJECT = "李师傅上次来晚了一个小时";

    private PreviousRelease() {
    }

    /** Migrates an empty database to the previous release's schema and writes its rows. */
    static void writeTo(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(LAST_MIGRATION).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            write(new Rows(c));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the previous release's rows", e);
        }
    }

    private static void write(Rows db) throws SQLException {
        Instant registered = Instant.parse("2026-01-05T02:00:00Z");
        long household = db.insert("household", Map.of("address", "升级路8号", "street", "升级街道", "community", COMMUNITY,
                "registration", "URBAN", "created_at", registered));
        Map<String, Object> elder = new LinkedHashMap<>();
        elder.put("household_id", household);
        elder.put("full_name", "王秀英");
        elder.put("sex", "FEMALE");
        elder.put("birth_date", LocalDate.of(1942, 5, 1));
        elder.put("id_number_masked", "340802********1234");
        elder.put("registration", "URBAN");
        elder.put("address", "升级路8号");
        elder.put("street", "升级街道");
        elder.put("community", COMMUNITY);
        elder.put("living_situation", "ALONE");
        elder.put("flag_sanwu", true);
        elder.put("adl_moving", true);
        elder.put("checkin_time", LocalTime.of(9, 30));
        elder.put("created_at", registered);
        long elderId = db.insert("elder", elder);
        db.insert("phone_number", Map.of("number", ELDER_PHONE, "kind", "LANDLINE", "elder_id", elderId));
        long son = db.insert("family_contact", Map.of("elder_id", elderId, "full_name", "王小明", "relation", "儿子",
                "wechat_openid", SON_OPENID, "wechat_bound_at", Instant.parse("2026-01-06T03:00:00Z"), "notify_consent", true));
        db.insert("phone_number", Map.of("number", "13800001111", "kind", "MOBILE", "family_contact_id", son));

        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("code", POLICY);
        policy.put("city", "安庆");
        policy.put("name", "安庆市无偿居家养老服务");
        policy.put("category", "FREE");
        policy.put("unit", "MINUTES");
        policy.put("amount_per_grant", 1200L);
        policy.put("grant_period", "MONTH");
        policy.put("validity", "MONTH");
        policy.put("scope", "PERSON");
        policy.put("price_per_hour_fen", 800L);
        policy.put("overage_paid_by_elder", true);
        long policyId = db.insert("subsidy_policy", policy);
        db.insert("eligibility", Map.of("elder_id", elderId, "policy_id", policyId, "valid_from", LocalDate.of(2026, 1, 1)));
        long account = db.insert("entitlement_account", Map.of("policy_id", policyId, "elder_id", elderId));

        long cleaning = db.insert("service_item", Map.of("code", "cleaning", "name_zh", "打扫卫生", "synonyms", "保洁,打扫",
                "category", "HOUSEKEEPING", "kind", "REGULAR", "default_minutes", 120, "price_per_hour_fen", 3000L,
                "lead_hours_online", 24, "lead_hours_phone", 24));
        long provider = db.insert("provider", Map.of("name", "升级家政服务社", "phone", "05552223333", "communities", COMMUNITY));
        long worker = db.insert("worker", Map.of("provider_id", provider, "full_name", WORKER_NAME, "phone", "13900002222",
                "categories", "HOUSEKEEPING,LIFE_CARE", "capacity_per_slot", 1));
        for (int day = 1; day <= 5; day++) {
            db.insert("worker_shift", Map.of("worker_id", worker, "day_of_week", day, "start_time", LocalTime.of(8, 0),
                    "end_time", LocalTime.of(17, 0)));
        }

        // February: granted 1200 minutes, one visit of 60 minutes consumed; the window expired at its end.
        db.insert("ledger_entry", ledger(account, "GRANT", 1200, 2, null, "grant 2026-02-01..2026-02-28",
                "G:" + account + ":2026-02-01", "rollover"));
        long done = db.insert("booking", booking(elderId, cleaning, worker, "COMPLETED", LocalDateTime.of(2026, 2, 20, 10, 0),
                60, "VOICE", DONE_REQUEST_KEY, account, 0));
        db.insert("ledger_entry", ledger(account, "HOLD", -60, 2, done, null, null, "ivr"));
        db.insert("ledger_entry", ledger(account, "RELEASE", 60, 2, done, "service recorded", null, "console:agent1"));
        db.insert("ledger_entry", ledger(account, "CONSUME", -60, 2, done, null, null, "console:agent1"));
        db.insert("ledger_entry", ledger(account, "EXPIRY", -1140, 2, null, "window ended 2026-02-28", null, "rollover"));
        db.insert("service_record", Map.of("booking_id", done, "actual_minutes", 60, "confirmed_by_elder", true,
                "covered_amount", 60L, "elder_pays_fen", 0L, "recorded_at", Instant.parse("2026-02-20T04:10:00Z"),
                "rating", 5, "rated_at", Instant.parse("2026-02-20T08:00:00Z"),
                "followup_placed_at", Instant.parse("2026-02-20T06:10:00Z")));

        // March: the month's grant and a confirmed visit on Thursday the 5th holding 120 minutes of it.
        db.insert("ledger_entry", ledger(account, "GRANT", 1200, 3, null, "grant 2026-03-01..2026-03-31",
                "G:" + account + ":2026-03-01", "rollover"));
        long booked = db.insert("booking", booking(elderId, cleaning, worker, "CONFIRMED", LocalDateTime.of(2026, 3, 5, 14, 0),
                120, "WECHAT", BOOKED_REQUEST_KEY, account, 120));
        db.insert("ledger_entry", ledger(account, "HOLD", -120, 3, booked, null, null, "wechat:" + SON_OPENID));

        long agent = db.insert("agent", Map.of("username", "agent1", "display_name", "坐席 小张",
                "password_hash", "$2a$10$7EqJtq98hPqEX7fNZaFWoO5c3Kq8Xz1bq0T6o6oQ0k3m6GZ8s3Y1e", "role", "AGENT",
                "queue_interface", "PJSIP/agent01", "state", "OFFLINE"));
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("elder_id", elderId);
        complaint.put("type", "COMPLAINT");
        complaint.put("priority", 3);
        complaint.put("status", "CLAIMED");
        complaint.put("subject", COMPLAINT_SUBJECT);
        complaint.put("complaint_type", "LATE");
        complaint.put("severity", "NORMAL");
        complaint.put("booking_id", done);
        complaint.put("worker_id", worker);
        complaint.put("channel", "VOICE");
        complaint.put("due_at", Instant.parse("2026-02-23T02:00:00Z"));
        complaint.put("assignee_id", agent);
        complaint.put("created_at", Instant.parse("2026-02-21T02:00:00Z"));
        long caseId = db.insert("care_case", complaint);
        db.insert("case_event", Map.of("case_id", caseId, "at", Instant.parse("2026-02-21T02:00:00Z"), "kind", "OPENED",
                "actor", "ivr"));
        db.insert("case_event", Map.of("case_id", caseId, "at", Instant.parse("2026-02-21T02:05:00Z"), "kind", "CLAIMED",
                "actor", "console:agent1"));
        long conversation = db.insert("conversation", Map.of("elder_id", elderId, "channel", "VOICE", "sender", ELDER_PHONE,
                "case_id", caseId, "started_at", Instant.parse("2026-02-21T01:59:00Z"),
                "ended_at", Instant.parse("2026-02-21T02:00:30Z"), "end_reason", "HANDOFF"));
        db.insert("message", Map.of("conversation_id", conversation, "at", Instant.parse("2026-02-21T01:59:10Z"),
                "direction", "OUT", "text", "王阿姨您好，这里是银铃热线。"));
        db.insert("message", Map.of("conversation_id", conversation, "at", Instant.parse("2026-02-21T01:59:40Z"),
                "direction", "IN", "text", "我要投诉，李师傅来晚了", "intent", "COMPLAINT", "confidence", 0.91));
        db.insert("audit_log", Map.of("at", Instant.parse("2026-02-21T02:06:00Z"), "actor", "agent1", "action", "VIEW",
                "elder_id", elderId, "detail", "elder record"));
        db.insert("checkin_attempt", Map.of("elder_id", elderId, "checkin_day", LocalDate.of(2026, 3, 1), "attempt", 1,
                "due_at", Instant.parse("2026-03-01T01:30:00Z"), "state", "FINE",
                "result_at", Instant.parse("2026-03-01T01:31:00Z")));
        db.insert("queue_call", Map.of("uniqueid", "1771639170.42", "case_id", caseId, "elder_id", elderId,
                "caller_number", ELDER_PHONE, "priority", 3, "queue_name", "hotline-q", "outcome", "COMPLETED",
                "talk_seconds", 95));
    }

    private static Map<String, Object> booking(long elder, long service, long worker, String status, LocalDateTime startsAt,
            int minutes, String channel, String requestKey, long account, long held) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("elder_id", elder);
        b.put("service_id", service);
        b.put("worker_id", worker);
        b.put("status", status);
        b.put("starts_at", startsAt);
        b.put("duration_minutes", minutes);
        b.put("channel", channel);
        b.put("requested_by", channel.equals("VOICE") ? "ivr:" + ELDER_PHONE : "wechat:" + SON_OPENID);
        b.put("request_key", requestKey);
        b.put("account_id", account);
        b.put("held_amount", held);
        Instant made = startsAt.minusDays(3).toInstant(java.time.ZoneOffset.ofHours(8));
        b.put("created_at", made);
        b.put("updated_at", made);
        return b;
    }

    private static Map<String, Object> ledger(long account, String kind, long amount, int month, Long booking,
            String reason, String dedupKey, String actor) {
        Map<String, Object> e = new LinkedHashMap<>();
        LocalDate start = LocalDate.of(2026, month, 1);
        e.put("account_id", account);
        e.put("kind", kind);
        e.put("amount", amount);
        e.put("window_start", start);
        e.put("window_end", start.plusMonths(1).minusDays(1));
        e.put("booking_id", booking);
        e.put("reason", reason);
        e.put("dedup_key", dedupKey);
        e.put("created_by", actor);
        e.put("created_at", start.atTime(0, 5).toInstant(java.time.ZoneOffset.ofHours(8)));
        return e;
    }

    /** Plain JDBC inserts returning the generated id, as the release's JPA did. */
    private record Rows(Connection c) {

        long insert(String table, Map<String, Object> values) throws SQLException {
            Map<String, Object> set = new LinkedHashMap<>();
            values.forEach((column, value) -> {
                if (value != null) {
                    set.put(column, value);
                }
            });
            String columns = String.join(", ", set.keySet());
            String marks = String.join(", ", set.keySet().stream().map(k -> "?").toList());
            try (PreparedStatement s = c.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")",
                    new String[] {"id"})) {
                int i = 1;
                for (Object v : set.values()) {
                    s.setObject(i++, jdbc(v));
                }
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        private static Object jdbc(Object v) {
            return v instanceof Instant i ? Timestamp.from(i) : v;
        }
    }
}
