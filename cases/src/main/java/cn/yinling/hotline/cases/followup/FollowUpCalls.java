package cn.yinling.hotline.cases.followup;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up calls after a completed visit (回访): the elder rates it 1–5 by key; 1 or 2 opens a
 * complaint about the visit so that someone follows it up.
 */
@Service
public class FollowUpCalls {

    static final String ACTOR = "followup";
    private static final int LOWEST = 1;
    private static final int HIGHEST = 5;
    private static final int COMPLAINT_AT_OR_BELOW = 2;

    /** A follow-up further ahead than this is a reminder for a calendar, not a call to make. */
    static final Duration LONGEST_AHEAD = Duration.ofDays(90);

    private final Bookings bookings;
    private final Cases cases;
    private final Elders elders;
    private final Clock clock;

    FollowUpCalls(Bookings bookings, Cases cases, Elders elders, Clock clock) {
        this.bookings = bookings;
        this.cases = cases;
        this.elders = elders;
        this.clock = clock;
    }

    /**
     * Schedules a follow-up call (回访) to the elder, about one of their visits or in general: a
     * FOLLOW_UP case that joins the queue and is due at {@code dueAt}, as every other piece of work
     * an agent picks up.
     */
    @Transactional
    public CareCase schedule(ElderId elderId, Long bookingId, Instant dueAt, String note, String actor) {
        Instant now = clock.instant();
        if (dueAt == null || !dueAt.isAfter(now)) {
            throw new FollowUpRefusedException(FollowUpRefusedException.Reason.IN_THE_PAST, "due " + dueAt + " is not after now");
        }
        if (dueAt.isAfter(now.plus(LONGEST_AHEAD))) {
            throw new FollowUpRefusedException(FollowUpRefusedException.Reason.TOO_FAR_AHEAD, "due " + dueAt + " is too far ahead");
        }
        elders.get(elderId);
        if (bookingId != null && bookings.find(bookingId).filter(b -> b.getElderId().equals(elderId.value())).isEmpty()) {
            throw new FollowUpRefusedException(FollowUpRefusedException.Reason.UNKNOWN_BOOKING,
                    "booking " + bookingId + " is not elder " + elderId.value() + "'s");
        }
        return cases.openFollowUp(elderId, bookingId, dueAt, note, actor);
    }

    /** The stars a key stands for (1–5); empty for any other key. */
    public static OptionalInt starsOfKey(String key) {
        if (key != null && key.length() == 1 && key.charAt(0) >= '0' + LOWEST && key.charAt(0) <= '0' + HIGHEST) {
            return OptionalInt.of(key.charAt(0) - '0');
        }
        return OptionalInt.empty();
    }

    /** Who to greet on the follow-up call about {@code bookingId}; empty when the visit is not recorded. */
    @Transactional(readOnly = true)
    public Optional<FollowUpCall> callFor(long bookingId) {
        return bookings.find(bookingId).filter(b -> bookings.recordOf(bookingId).isPresent()).map(b -> {
            Elder e = elders.get(new ElderId(b.getElderId()));
            return new FollowUpCall(bookingId, e.elderId(), e.surname(), e.getSex());
        });
    }

    /** Records the rating; 1–2 stars open a complaint about the visit. */
    @Transactional
    public VisitRating rate(long bookingId, int stars) {
        if (stars < LOWEST || stars > HIGHEST) {
            throw new IllegalArgumentException("A rating is 1 to 5 stars, not " + stars);
        }
        bookings.rate(bookingId, stars);
        if (stars > COMPLAINT_AT_OR_BELOW) {
            return new VisitRating(stars, null);
        }
        Booking b = bookings.find(bookingId).orElseThrow();
        CareCase c = cases.openComplaint(new ComplaintRequest(new ElderId(b.getElderId()), ComplaintType.QUALITY,
                Severity.NORMAL, CaseTexts.text("followUp.rating", stars), bookingId, b.getWorkerId(), Channel.VOICE, ACTOR));
        return new VisitRating(stars, c.caseId());
    }
}
