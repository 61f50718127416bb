package cn.yinling.hotline.cases.reminder;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder call the day before a visit ("王阿姨，明天上午九点有人来给您助浴"), for elders whose record
 * asks for it. From {@code call-at} to {@code call-until} each active visit of the next day gets one
 * reminder: the node that places the first call inserts its row ({@code booking_reminder}, unique per
 * booking and start), so two nodes or a restart never call twice; a busy or unanswered call is tried
 * again {@code retries} times. The elder's key is recorded once: 1 confirms, 2 opens a hand-over case
 * (wants another time), 3 cancels the booking as any cancellation does (hold released, family told).
 */
@Service
public class BookingReminders {

    static final String ACTOR = "reminder";
    private static final String ACTIVE_STATUSES = "('REQUESTED', 'CONFIRMED', 'DISPATCHED')";

    private final JdbcTemplate jdbc;
    private final Elders elders;
    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final Cases cases;
    private final ReminderProperties properties;
    private final CasesProperties casesProperties;
    private final TransactionTemplate tx;
    private final Clock clock;

    BookingReminders(JdbcTemplate jdbc, Elders elders, Bookings bookings, ServiceCatalog catalog, Cases cases,
            ReminderProperties properties, CasesProperties casesProperties, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.elders = elders;
        this.bookings = bookings;
        this.catalog = catalog;
        this.cases = cases;
        this.properties = properties;
        this.casesProperties = casesProperties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Claims the reminders to call now for {@code node}: retries that are due first, then visits of
     * tomorrow not called yet, no more than the batch and the concurrent-call limit allow. Nothing
     * outside the calling hours.
     */
    public List<DueReminder> claimDue(String node) {
        LocalDateTime local = clock.instant().atZone(casesProperties.zone()).toLocalDateTime();
        LocalTime time = local.toLocalTime();
        if (time.isBefore(properties.callAt()) || !time.isBefore(properties.callUntil())) {
            return List.of();
        }
        LocalDate tomorrow = local.toLocalDate().plusDays(1);
        Integer calling = jdbc.queryForObject("select count(*) from booking_reminder where state = 'CALLING'", Integer.class);
        int room = Math.min(properties.batch(), properties.maxConcurrentCalls() - (calling == null ? 0 : calling));
        List<DueReminder> claimed = new ArrayList<>();
        Instant now = clock.instant();
        for (long id : dueRetries(now, room)) {
            claimRetry(id, node, now, tomorrow).ifPresent(claimed::add);
        }
        if (claimed.size() < room) {
            for (long[] visit : uncalledVisits(tomorrow, room - claimed.size())) {
                claimFirst(visit[0], new ElderId(visit[1]), tomorrow, node, now).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    private List<Long> dueRetries(Instant now, int room) {
        if (room <= 0) {
            return List.of();
        }
        return jdbc.queryForList("""
                select id from booking_reminder where state = 'PENDING' and next_at <= ?
                order by next_at fetch first ? rows only""", Long.class, Timestamp.from(now), room);
    }

    private List<long[]> uncalledVisits(LocalDate tomorrow, int room) {
        if (room <= 0) {
            return List.of();
        }
        return jdbc.query("""
                select b.id, b.elder_id from booking b join elder_voice v on v.elder_id = b.elder_id
                where v.reminder_calls = true and b.status in""" + " " + ACTIVE_STATUSES + """
                  and b.starts_at >= ? and b.starts_at < ?
                  and not exists (select 1 from booking_reminder r where r.booking_id = b.id and r.starts_at = b.starts_at)
                order by b.starts_at, b.id fetch first ? rows only""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                Timestamp.valueOf(tomorrow.atStartOfDay()), Timestamp.valueOf(tomorrow.plusDays(1).atStartOfDay()), room);
    }

    /** Inserts the visit's reminder row as CALLING; another node (or an earlier run) that did so first wins. */
    private Optional<DueReminder> claimFirst(long bookingId, ElderId elder, LocalDate tomorrow, String node, Instant now) {
        try {
            Long id = tx.execute(status -> {
                Booking b = bookings.find(bookingId).orElseThrow();
                if (!b.getStatus().isChangeable() || !b.getStartsAt().toLocalDate().equals(tomorrow)) {
                    return null;
                }
                jdbc.update("""
                        insert into booking_reminder (booking_id, elder_id, starts_at, state, attempts, claimed_by, claimed_at)
                        values (?, ?, ?, 'CALLING', 1, ?, ?)""", bookingId, elder.value(),
                        Timestamp.valueOf(b.getStartsAt()), node, Timestamp.from(now));
                return jdbc.queryForObject("select id from booking_reminder where booking_id = ? and starts_at = ?",
                        Long.class, bookingId, Timestamp.valueOf(b.getStartsAt()));
            });
            return id == null ? Optional.empty() : Optional.of(due(id, bookingId, elder));
        } catch (DataIntegrityViolationException e) {
            return Optional.empty(); // claimed by another node in the meantime
        }
    }

    /** Takes a due retry for this node, unless the visit changed meanwhile (then the reminder is obsolete). */
    private Optional<DueReminder> claimRetry(long id, String node, Instant now, LocalDate tomorrow) {
        return Optional.ofNullable(tx.execute(status -> {
            Row r = row(id);
            Optional<Booking> b = bookings.find(r.bookingId);
            boolean stillDue = b.isPresent() && b.get().getStatus().isChangeable()
                    && b.get().getStartsAt().equals(r.startsAt) && r.startsAt.toLocalDate().equals(tomorrow);
            if (!stillDue) {
                jdbc.update("update booking_reminder set state = ?, result_at = ? where id = ? and state = 'PENDING'",
                        b.isPresent() && b.get().getStartsAt().equals(r.startsAt) && b.get().getStatus().isChangeable()
                                ? ReminderState.UNANSWERED.name() : ReminderState.OBSOLETE.name(), Timestamp.from(now), id);
                return null;
            }
            int won = jdbc.update("""
                    update booking_reminder set state = 'CALLING', attempts = attempts + 1, claimed_by = ?, claimed_at = ?,
                    next_at = null where id = ? and state = 'PENDING'""", node, Timestamp.from(now), id);
            return won == 1 ? due(id, r.bookingId, r.elderId) : null;
        }));
    }

    private DueReminder due(long id, long bookingId, ElderId elder) {
        List<PhoneNumber> phones = elders.phonesOf(elder);
        return new DueReminder(id, bookingId, elder, phones.isEmpty() ? null : phones.get(0).digits());
    }

    /**
     * A claimed call that was never placed (the dialer was not ready): no attempt, it is due again at
     * once.
     */
    @Transactional
    public void release(long id) {
        jdbc.update("""
                update booking_reminder set state = 'PENDING', attempts = attempts - 1, next_at = ?, claimed_by = null,
                claimed_at = null where id = ? and state = 'CALLING'""", Timestamp.from(clock.instant()), id);
    }

    /**
     * Nobody heard the reminder (busy, no answer, failed, or hung up before a key): tried again after
     * {@code retry-interval} while retries remain, else left UNANSWERED. A result already recorded stays.
     */
    @Transactional
    public ReminderState unanswered(long id) {
        Instant now = clock.instant();
        Row r = row(id);
        if (r.state != ReminderState.CALLING) {
            return r.state;
        }
        boolean retry = r.attempts <= properties.retries();
        jdbc.update("update booking_reminder set state = ?, next_at = ?, result_at = ? where id = ? and state = 'CALLING'",
                retry ? ReminderState.PENDING.name() : ReminderState.UNANSWERED.name(),
                retry ? Timestamp.from(now.plus(properties.retryInterval())) : null, retry ? null : Timestamp.from(now), id);
        return retry ? ReminderState.PENDING : ReminderState.UNANSWERED;
    }

    /** The elder has no registered phone: nobody can be reminded. */
    @Transactional
    public void noPhone(long id) {
        finish(id, ReminderState.UNANSWERED, null);
    }

    /** Calls still in progress after {@code call-timeout} (their node stopped) count as unanswered. */
    public int releaseStale() {
        List<Long> stale = jdbc.queryForList("select id from booking_reminder where state = 'CALLING' and claimed_at < ?",
                Long.class, Timestamp.from(clock.instant().minus(properties.callTimeout())));
        stale.forEach(id -> tx.executeWithoutResult(s -> unanswered(id)));
        return stale.size();
    }

    /** What the call about reminder {@code id} says; empty for an unknown reminder. */
    @Transactional(readOnly = true)
    public Optional<ReminderCall> callFor(long id) {
        List<Row> rows = rows(id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row r = rows.get(0);
        Elder e = elders.get(r.elderId);
        String service = bookings.find(r.bookingId).flatMap(b -> catalog.byId(b.getServiceId()))
                .map(ServiceItem::getNameZh).orElse("");
        return Optional.of(new ReminderCall(r.id, r.bookingId, r.elderId, e.surname(), e.getSex(), r.startsAt, service,
                r.state));
    }

    public ReminderState stateOf(long id) {
        return row(id).state;
    }

    /** Key 1: the elder confirms the visit. */
    @Transactional
    public boolean confirm(long id) {
        return finish(id, ReminderState.CONFIRMED, null);
    }

    /** The elder heard the reminder and pressed nothing: the visit stands, nobody calls again. */
    @Transactional
    public boolean noKey(long id) {
        return finish(id, ReminderState.NO_KEY, null);
    }

    /**
     * Key 2: the elder wants another time. Opens a hand-over case saying so, with the visit; the call
     * goes to a person, who moves the booking.
     */
    @Transactional
    public Optional<CaseId> wantsAnotherTime(long id) {
        Row r = row(id);
        if (r.state != ReminderState.CALLING) {
            return Optional.empty();
        }
        String service = bookings.find(r.bookingId).flatMap(b -> catalog.byId(b.getServiceId()))
                .map(ServiceItem::getNameZh).orElse("");
        CareCase c = cases.openHandoff(r.elderId, CaseTexts.text("reminder.reschedule", r.bookingId, r.startsAt.toLocalDate(),
                r.startsAt.toLocalTime(), service), Priority.NORMAL, Channel.VOICE, ACTOR);
        finish(id, ReminderState.RESCHEDULE, c.caseId());
        return Optional.of(c.caseId());
    }

    /**
     * Key 3, confirmed: cancels the booking as any cancellation does (its hold released, the family
     * told). False when the visit can no longer be cancelled (already started) or the key was recorded.
     */
    @Transactional
    public boolean cancel(long id) {
        Row r = row(id);
        if (r.state != ReminderState.CALLING) {
            return false;
        }
        try {
            bookings.cancel(r.bookingId, CaseTexts.text("reminder.cancelReason"), ACTOR);
        } catch (BookingRefusedException e) {
            return false;
        }
        return finish(id, ReminderState.CANCELLED, null);
    }

    private boolean finish(long id, ReminderState state, CaseId caseId) {
        return jdbc.update("update booking_reminder set state = ?, result_at = ?, case_id = ? where id = ? and state = 'CALLING'",
                state.name(), Timestamp.from(clock.instant()), caseId == null ? null : caseId.value(), id) == 1;
    }

    /** The elder's latest reminders, newest visit first. */
    @Transactional(readOnly = true)
    public List<ReminderOutcome> ofElder(ElderId elderId, int limit) {
        return jdbc.query("""
                select booking_id, starts_at, state, attempts, result_at, case_id from booking_reminder
                where elder_id = ? order by starts_at desc, id desc fetch first ? rows only""",
                (rs, i) -> new ReminderOutcome(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                        ReminderState.valueOf(rs.getString(3)), rs.getInt(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getObject(6) == null ? null : rs.getLong(6)),
                elderId.value(), limit);
    }

    /** The latest reminder of a booking, if any (for the console and tests). */
    @Transactional(readOnly = true)
    public Optional<ReminderState> latestOf(long bookingId) {
        return jdbc.query("select state from booking_reminder where booking_id = ? order by id desc fetch first 1 rows only",
                (rs, i) -> ReminderState.valueOf(rs.getString(1)), bookingId).stream().findFirst();
    }

    private Row row(long id) {
        List<Row> rows = rows(id);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No reminder " + id);
        }
        return rows.get(0);
    }

    private List<Row> rows(long id) {
        return jdbc.query("select id, booking_id, elder_id, starts_at, state, attempts from booking_reminder where id = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), new ElderId(rs.getLong(3)),
                        rs.getTimestamp(4).toLocalDateTime(), ReminderState.valueOf(rs.getString(5)), rs.getInt(6)), id);
    }

    private record Row(long id, long bookingId, ElderId elderId, LocalDateTime startsAt, ReminderState state, int attempts) {
    }
}
