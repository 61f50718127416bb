package cn.yinling.hotline.cases.booking;

import java.time.LocalDateTime;

/**
 * What a booking request would give, before it is confirmed: when, how long, whether a subsidy
 * pays ({@code held} in the policy's unit) and what the elder would pay, and who would come.
 */
public record BookingQuote(LocalDateTime startsAt, int minutes, boolean subsidised, long held, long elderPaysFen,
        String workerName) {
}
