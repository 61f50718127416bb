package cn.yinling.hotline.cases.responders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The emergency call-out to an elder's responders ({@code hotline.responders.*}).
 *
 * @param enabled      start a call-out when an emergency opens for an elder with responders
 * @param ringTimeout  how long a responder's phone rings before the next one is called
 * @param callTimeout  a responder call with no word from the PBX or the script after this long (its
 *                     node stopped) counts as unanswered, so the next responder is called
 * @param dialerWait   how long a call-out may wait for a dialer that cannot place calls (AMI not
 *                     connected or not configured) before the case says so and the agent calls by hand
 * @param pollInterval how often a node looks for call-outs to continue
 * @param tries        how often the message is played before silence counts as no answer
 * @param node         this node's name in {@code claimed_by}; empty = process id and host name
 */
@ConfigurationProperties("hotline.responders")
public record ResponderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration ringTimeout,
        @DefaultValue("PT3M") Duration callTimeout,
        @DefaultValue("PT20S") Duration dialerWait,
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("2") int tries,
        @DefaultValue("") String node) {

    public ResponderProperties {
        if (ringTimeout.isNegative() || ringTimeout.isZero() || callTimeout.compareTo(ringTimeout) <= 0) {
            throw new IllegalArgumentException("hotline.responders: ring-timeout > 0 and call-timeout > ring-timeout");
        }
        if (dialerWait.isNegative() || tries < 1) {
            throw new IllegalArgumentException("hotline.responders: dialer-wait >= 0 and tries >= 1");
        }
    }
}
