package cn.yinling.hotline.cases.reminder;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a reminder call stands. CALLING → PENDING (unanswered, a retry is due) → CALLING …; it ends as
 * CONFIRMED, RESCHEDULE (put through to a person), CANCELLED, NO_KEY (heard, no key), UNANSWERED
 * (retries used up or the calling hours over) or OBSOLETE (the visit was cancelled or moved meanwhile).
 */
public enum ReminderState {
    CALLING, PENDING, CONFIRMED, RESCHEDULE, CANCELLED, NO_KEY, UNANSWERED, OBSOLETE;

    static final Set<ReminderState> FINAL = EnumSet.of(CONFIRMED, RESCHEDULE, CANCELLED, NO_KEY, UNANSWERED, OBSOLETE);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
