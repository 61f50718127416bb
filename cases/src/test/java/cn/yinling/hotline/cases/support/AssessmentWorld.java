package cn.yinling.hotline.cases.support;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visits done, checked in at the door, rated, and complaints decided, written the way the service
 * loop writes them (bookings and cases through their services, check-ins straight into the visit
 * table that the check-in calls fill).
 */
public record AssessmentWorld(TestClock clock, Bookings bookings, WorkOrders workOrders, Cases cases, JdbcTemplate jdbc) {

    /**
     * A one-hour visit to {@code elder} at {@code start}, booked a day ahead and recorded as done.
     * {@code lateMinutes}: when the worker checked in after the start (null: no check-in);
     * {@code rating}: the follow-up's rating (null: none).
     */
    public Booking visit(Elder elder, LocalDateTime start, Integer lateMinutes, Integer rating) {
        clock.set(start.minusDays(1));
        Booking b = bookings.book(new BookingRequest(elder.elderId(), "cleaning", start, 60, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
        if (lateMinutes != null) {
            long order = workOrders.forBooking(b.getId()).orElseThrow().getId();
            jdbc.update("""
                    insert into visit (work_order_id, booking_id, worker_id, arrived_at, arrival_proof, problem_reported, version)
                    values (?, ?, ?, ?, 'ELDER_PHONE', false, 0)""", order, b.getId(), b.getWorkerId(),
                    start.plusMinutes(lateMinutes).atZone(TestClock.ZONE).toInstant().atOffset(ZoneOffset.UTC));
        }
        clock.set(start.plusHours(2));
        bookings.recordService(b.getId(), 60, true, null, "test");
        if (rating != null) {
            bookings.rate(b.getId(), rating);
        }
        return b;
    }

    /** A complaint about the visit's worker, decided with {@code outcome} at {@code decidedAt}. */
    public CareCase complaint(Booking about, ComplaintOutcome outcome, LocalDateTime decidedAt) {
        clock.set(decidedAt.minusDays(1));
        CareCase c = cases.openComplaint(new ComplaintRequest(new ElderId(about.getElderId()),
                ComplaintType.QUALITY, Severity.NORMAL, "来晚了", about.getId(), about.getWorkerId(), Channel.VOICE, "test"));
        clock.set(decidedAt);
        return cases.recordOutcome(c.getId(), outcome, outcome.needsRemedy() ? "致歉并补做" : null, "test");
    }
}
