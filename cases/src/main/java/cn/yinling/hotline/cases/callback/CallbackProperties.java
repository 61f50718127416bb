package cn.yinling.hotline.cases.callback;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Callbacks instead of waiting ({@code hotline.callback.*}).
 *
 * @param enabled         offer callbacks and place them from this node (needs AMI: without it the
 *                        queue cannot be read and no call placed, so nothing is offered)
 * @param offerAbove      a caller about to wait longer than this for an agent is offered a callback
 * @param assumedTalkTime an agent's average call, used while Asterisk has no figure of its own yet
 *                        (its {@code TalkTime} is 0 after a restart until calls complete)
 * @param retries         further calls after an unanswered callback, before the agents are told
 * @param retryInterval   wait between an unanswered callback and the next call
 * @param callTimeout     a callback still ringing after this long was left by a node that stopped;
 *                        it counts as unanswered (longer than {@code hotline.ami.originate-timeout})
 * @param pollInterval    how often a node looks whether a callback has reached the front
 * @param tomorrowAt      local time of "tomorrow morning" among the times a caller can choose
 * @param queue           the Asterisk queue the agents answer ({@code queues.conf}) whose state decides
 * @param node            this node's name in {@code claimed_by}; empty = process id and host name
 */
@ConfigurationProperties("hotline.callback")
public record CallbackProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT2M") Duration offerAbove,
        @DefaultValue("PT4M") Duration assumedTalkTime,
        @DefaultValue("2") int retries,
        @DefaultValue("PT5M") Duration retryInterval,
        @DefaultValue("PT3M") Duration callTimeout,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("09:00") LocalTime tomorrowAt,
        @DefaultValue("hotline-q") String queue,
        @DefaultValue("") String node) {

    public CallbackProperties {
        if (offerAbove.isNegative() || assumedTalkTime.isNegative() || assumedTalkTime.isZero()) {
            throw new IllegalArgumentException("hotline.callback: offer-above >= 0 and assumed-talk-time > 0");
        }
        if (retries < 0 || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("hotline.callback: retries >= 0 and a positive retry-interval");
        }
        if (callTimeout.isNegative() || callTimeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("hotline.callback: call-timeout and poll-interval must be positive");
        }
        if (tomorrowAt.isBefore(LocalTime.of(6, 0)) || !tomorrowAt.isBefore(LocalTime.NOON)) {
            throw new IllegalArgumentException("hotline.callback.tomorrow-at is said as \"tomorrow morning\": 06:00-11:59, was "
                    + tomorrowAt);
        }
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("hotline.callback.queue must name the agents' queue");
        }
    }

    /** Calls placed at most for one callback: the first and the retries. */
    public int maxCalls() {
        return 1 + retries;
    }
}
