package cn.yinling.hotline.cases.visit;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What one keyed check-in did. {@code visitId}, {@code elderId}, {@code startsAt} and {@code proof}
 * when a visit was found; {@code recordedMinutes} on departure; {@code lockedUntil} when LOCKED.
 * {@code askRating}: the departure was keyed on the elder's own phone, so the elder is asked 1–5 or 9;
 * {@code held}: the departure found the visit held (a complaint named it), so staff will record it.
 */
public record CheckIn(Outcome outcome, Long visitId, Long elderId, LocalDateTime startsAt, Proof proof,
        Integer recordedMinutes, boolean askRating, boolean held, Instant lockedUntil) {

    public enum Outcome {
        /** The arrival is recorded. */
        ARRIVED,
        /** The departure is recorded. */
        LEFT,
        /** Called again soon after the arrival: taken as a repeat, nothing changes. */
        ALREADY_ARRIVED,
        /** This visit is checked out already. */
        ALREADY_LEFT,
        /** No visit here and now for this worker number (and code). */
        WRONG,
        /** Too many wrong answers for this worker number or calling number: no check-in by phone for a while. */
        LOCKED
    }

    static CheckIn wrong() {
        return new CheckIn(Outcome.WRONG, null, null, null, null, null, false, false, null);
    }

    static CheckIn locked(Instant until) {
        return new CheckIn(Outcome.LOCKED, null, null, null, null, null, false, false, until);
    }
}
