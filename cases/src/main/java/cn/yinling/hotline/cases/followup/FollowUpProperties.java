package cn.yinling.hotline.cases.followup;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Automatic follow-up calls after a recorded visit ({@code hotline.followup.*}).
 *
 * @param enabled      place the calls from this node; off by default, like check-ins, because
 *                     without a dialer (AMI) nothing would reach the elder
 * @param delay        how long after the visit is recorded the elder is called
 * @param giveUpAfter  visits recorded longer ago than this are not called any more
 * @param callFrom     earliest local time of day to call an elder
 * @param callUntil    latest local time of day to start a call
 * @param batch        most calls one node places per poll
 * @param pollInterval how often a node looks for visits to follow up
 */
@ConfigurationProperties("hotline.followup")
public record FollowUpProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("PT2H") Duration delay,
        @DefaultValue("P3D") Duration giveUpAfter,
        @DefaultValue("09:00") LocalTime callFrom,
        @DefaultValue("19:00") LocalTime callUntil,
        @DefaultValue("10") int batch,
        @DefaultValue("PT1M") Duration pollInterval) {

    public FollowUpProperties {
        if (!callFrom.isBefore(callUntil)) {
            throw new IllegalArgumentException("hotline.followup.call-from must be before call-until");
        }
        if (batch < 1 || delay.isNegative() || giveUpAfter.compareTo(delay) <= 0) {
            throw new IllegalArgumentException("hotline.followup: batch >= 1, delay >= 0, give-up-after > delay");
        }
    }
}
