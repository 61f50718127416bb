package cn.yinling.hotline.cases.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Daily check-in calls ({@code hotline.checkin.*}).
 *
 * @param enabled            plan and place check-in calls on this node (off unless asked for)
 * @param retries            further attempts after an unanswered call, before a check-in alert
 * @param retryInterval      wait between an unanswered call and the next attempt
 * @param callsPerMinute     most calls started per minute, counted over every node
 * @param maxConcurrentCalls most check-in calls in progress at once, over every node
 * @param callTimeout        a call still in progress after this long is taken as unanswered (its node died)
 * @param pollInterval       how often a node looks for due attempts
 * @param node               this node's name in {@code claimed_by}; empty = process id and host name
 * @param dialerDownAlertAfter how long due check-ins may wait for a dialer that cannot place calls
 *                           (AMI not connected or not configured) before one case tells the agents;
 *                           calls never placed are no attempts, so they only wait
 */
@ConfigurationProperties("hotline.checkin")
public record CheckinProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("2") int retries,
        @DefaultValue("PT10M") Duration retryInterval,
        @DefaultValue("60") int callsPerMinute,
        @DefaultValue("10") int maxConcurrentCalls,
        @DefaultValue("PT5M") Duration callTimeout,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("") String node,
        @DefaultValue("PT15M") Duration dialerDownAlertAfter) {

    public CheckinProperties {
        if (retries < 0 || callsPerMinute < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("hotline.checkin: retries >= 0, calls-per-minute and max-concurrent-calls >= 1");
        }
        if (dialerDownAlertAfter.isNegative()) {
            throw new IllegalArgumentException("hotline.checkin.dialer-down-alert-after must not be negative");
        }
    }
}
