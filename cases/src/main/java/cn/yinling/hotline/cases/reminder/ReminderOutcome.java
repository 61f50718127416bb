package cn.yinling.hotline.cases.reminder;

import java.time.Instant;
import java.time.LocalDateTime;

/** A reminder as the console lists it: which visit, where it stands, how many calls, when it was answered. */
public record ReminderOutcome(long bookingId, LocalDateTime startsAt, ReminderState state, int attempts, Instant resultAt,
        Long caseId) {
}
