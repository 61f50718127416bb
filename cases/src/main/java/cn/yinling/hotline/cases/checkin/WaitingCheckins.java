package cn.yinling.hotline.cases.checkin;

import java.time.Instant;

/**
 * Check-in calls that are due and not placed yet: how many, and the due time of the oldest
 * ({@code null} when none waits).
 */
public record WaitingCheckins(long count, Instant oldestDueAt) {

    public static final WaitingCheckins NONE = new WaitingCheckins(0, null);

    public boolean any() {
        return count > 0;
    }
}
