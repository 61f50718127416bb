package cn.yinling.hotline.cases.reminder;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder call the day before a visit, for elders who asked for it ({@code hotline.reminder.*}).
 *
 * @param enabled            place reminder calls from this node; off by default, like check-ins, as
 *                           without a dialer (AMI) nothing would reach the elder
 * @param callAt             local time of day from which the visits of the next day are called
 * @param callUntil          latest local time of day to start a reminder call (also for retries)
 * @param retries            further attempts after a busy or unanswered call
 * @param retryInterval      wait between an unanswered call and the next attempt
 * @param maxConcurrentCalls most reminder calls in progress at once, over every node
 * @param batch              most calls one node starts per poll
 * @param callTimeout        a call still in progress after this long is taken as unanswered (its node died)
 * @param pollInterval       how often a node looks for reminders to place
 * @param node               this node's name in {@code claimed_by}; empty = process id and host name
 */
@ConfigurationProperties("hotline.reminder")
public record ReminderProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("18:00") LocalTime callAt,
        @DefaultValue("20:30") LocalTime callUntil,
        @DefaultValue("1") int retries,
        @DefaultValue("PT30M") Duration retryInterval,
        @DefaultValue("10") int maxConcurrentCalls,
        @DefaultValue("10") int batch,
        @DefaultValue("PT5M") Duration callTimeout,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue("") String node) {

    public ReminderProperties {
        if (!callAt.isBefore(callUntil)) {
            throw new IllegalArgumentException("hotline.reminder.call-at must be before call-until");
        }
        if (retries < 0 || maxConcurrentCalls < 1 || batch < 1) {
            throw new IllegalArgumentException("hotline.reminder: retries >= 0, max-concurrent-calls and batch >= 1");
        }
        if (retryInterval.isNegative() || callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("hotline.reminder: retry-interval >= 0, call-timeout > 0");
        }
    }
}
