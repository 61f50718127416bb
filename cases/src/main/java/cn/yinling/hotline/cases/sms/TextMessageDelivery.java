package cn.yinling.hotline.cases.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What becomes of queued text messages, shared by every node through the table: a node claims a
 * due QUEUED row with a conditional update (QUEUED → SENDING, one attempt more), so two nodes never
 * send one message; the provider's answer makes it SENT, QUEUED again after a back-off (a failure
 * that trying again can help, while attempts remain) or FAILED. A row left SENDING by a node that
 * stopped is taken back after {@code sending-timeout}. Staff put a FAILED message back in the queue.
 */
@Service
public class TextMessageDelivery {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TextMessageRepository messages;
    private final SmsProperties properties;
    private final Clock clock;

    TextMessageDelivery(JdbcTemplate jdbc, TextMessageRepository messages, SmsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims up to {@code batch} due messages for {@code node}, oldest due first. */
    List<ClaimedMessage> claimDue(String node) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = jdbc.queryForList("""
                select id from text_message where state = 'QUEUED' and next_at <= ?
                order by next_at, id fetch first ? rows only""", Long.class, now, properties.batch());
        List<ClaimedMessage> claimed = new ArrayList<>();
        for (long id : due) {
            int won = jdbc.update("""
                    update text_message set state = 'SENDING', attempts = attempts + 1, claimed_by = ?, claimed_at = ?
                    where id = ? and state = 'QUEUED' and next_at <= ?""", node, now, id, now);
            if (won == 1) {
                claimed.add(claimedRow(id));
            }
        }
        return claimed;
    }

    private ClaimedMessage claimedRow(long id) {
        return jdbc.queryForObject("select phone, template, params, attempts, created_at from text_message where id = ?",
                (rs, i) -> new ClaimedMessage(id, rs.getInt(4), rs.getTimestamp(5).toInstant(),
                        new OutgoingSms(rs.getString(1), rs.getString(2), params(rs.getString(3)))), id);
    }

    /**
     * The provider took it; {@code claimed_by} keeps the node that sent it. A row taken back meanwhile
     * (QUEUED again) is not sent twice either.
     */
    void sent(long id, String node, String providerMessageId) {
        jdbc.update("""
                update text_message set state = 'SENT', provider_message_id = ?, sent_at = ?, last_error = null,
                claimed_by = ? where id = ? and state in ('SENDING', 'QUEUED')""",
                providerMessageId, Timestamp.from(clock.instant()), node, id);
    }

    /**
     * Not sent: queued again after the back-off when trying again can help and attempts remain,
     * else FAILED with the reason, for staff to see.
     */
    TextMessageState refused(ClaimedMessage m, SmsRefusedException refusal) {
        boolean again = refusal.retryable() && m.attempt() < properties.maxAttempts();
        Instant next = clock.instant().plus(properties.retryAfter(m.attempt()));
        jdbc.update("""
                update text_message set state = ?, next_at = ?, last_error = ?, claimed_by = null, claimed_at = null
                where id = ? and state = 'SENDING'""", again ? "QUEUED" : "FAILED",
                Timestamp.from(again ? next : clock.instant()), refusal.summary(), m.id());
        return again ? TextMessageState.QUEUED : TextMessageState.FAILED;
    }

    /** Whether the message is older than its template's {@code max-age}: then it is not sent at all. */
    boolean tooOld(ClaimedMessage m) {
        return properties.maxAgeOf(m.sms().template()).map(limit -> m.createdAt().plus(limit).isBefore(clock.instant()))
                .orElse(false);
    }

    /** Messages left SENDING longer than {@code sending-timeout}: queued again, or FAILED when attempts ran out. */
    int releaseStale() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp before = Timestamp.from(clock.instant().minus(properties.sendingTimeout()));
        int failed = jdbc.update("""
                update text_message set state = 'FAILED', last_error = ?, claimed_by = null, claimed_at = null
                where state = 'SENDING' and claimed_at < ? and attempts >= ?""",
                "INTERRUPTED: the sending node stopped", before, properties.maxAttempts());
        int queued = jdbc.update("""
                update text_message set state = 'QUEUED', next_at = ?, claimed_by = null, claimed_at = null
                where state = 'SENDING' and claimed_at < ?""", now, before);
        return failed + queued;
    }

    /**
     * Staff put a FAILED message back in the queue, with its attempts counted afresh. False when it is
     * not FAILED (any more).
     */
    @Transactional
    public boolean retry(long id) {
        return jdbc.update("""
                update text_message set state = 'QUEUED', attempts = 0, next_at = ?, claimed_by = null, claimed_at = null
                where id = ? and state = 'FAILED'""", Timestamp.from(clock.instant()), id) == 1;
    }

    /** The newest 200 messages, of one state or all. */
    @Transactional(readOnly = true)
    public List<TextMessage> latest(Optional<TextMessageState> state) {
        return state.map(messages::findTop200ByStateOrderByIdDesc).orElseGet(messages::findTop200ByOrderByIdDesc);
    }

    @Transactional(readOnly = true)
    public Optional<TextMessage> find(long id) {
        return messages.findById(id);
    }

    /** How many messages are in each state. */
    @Transactional(readOnly = true)
    public Map<TextMessageState, Long> counts() {
        Map<TextMessageState, Long> counts = new EnumMap<>(TextMessageState.class);
        for (TextMessageState s : TextMessageState.values()) {
            counts.put(s, messages.countByState(s));
        }
        return counts;
    }

    /** A message's parameters, in order. */
    public static List<String> params(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(json, LinkedHashMap.class);
        return map.values().stream().map(String::valueOf).toList();
    }
}
