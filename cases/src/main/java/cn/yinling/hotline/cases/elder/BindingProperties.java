package cn.yinling.hotline.cases.elder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of family binding ({@code hotline.binding.*}).
 *
 * @param attemptLimit wrong answers (phone, ID digits, code) a WeChat sender may give before being locked
 * @param lockPeriod   how long a sender stays locked after the limit
 * @param codeValidity how long a binding request, and a one-time code once issued, stays valid
 */
@ConfigurationProperties("hotline.binding")
public record BindingProperties(
        @DefaultValue("5") int attemptLimit,
        @DefaultValue("PT30M") Duration lockPeriod,
        @DefaultValue("PT24H") Duration codeValidity) {

    public BindingProperties {
        if (attemptLimit < 1) {
            throw new IllegalArgumentException("hotline.binding.attempt-limit must be at least 1");
        }
        if (lockPeriod == null || lockPeriod.isNegative() || codeValidity == null || codeValidity.isNegative()
                || codeValidity.isZero()) {
            throw new IllegalArgumentException("hotline.binding periods must be positive");
        }
    }
}
