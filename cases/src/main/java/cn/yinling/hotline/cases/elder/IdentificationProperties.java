package cn.yinling.hotline.cases.elder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on identifying by phone number and last four ID digits ({@code hotline.identification.*}),
 * counted across sessions, channels and nodes.
 *
 * @param claimAttempts  wrong answers for one phone number (and for the elder it belongs to) before it is locked
 * @param clientAttempts wrong answers from one client (web address, calling number, openid) before it is locked
 * @param window         wrong answers older than this are forgotten
 * @param lockPeriod     how long a locked phone number, elder or client stays locked
 */
@ConfigurationProperties("hotline.identification")
public record IdentificationProperties(
        @DefaultValue("5") int claimAttempts,
        @DefaultValue("10") int clientAttempts,
        @DefaultValue("PT24H") Duration window,
        @DefaultValue("PT30M") Duration lockPeriod) {

    public IdentificationProperties {
        if (claimAttempts < 1 || clientAttempts < 1) {
            throw new IllegalArgumentException("hotline.identification attempts must be at least 1");
        }
        if (window == null || lockPeriod == null || window.isNegative() || window.isZero() || lockPeriod.isNegative()
                || lockPeriod.isZero()) {
            throw new IllegalArgumentException("hotline.identification periods must be positive");
        }
    }
}
