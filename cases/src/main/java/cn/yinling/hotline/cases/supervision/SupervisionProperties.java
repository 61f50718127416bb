package cn.yinling.hotline.cases.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Supervisors listening to live calls ({@code hotline.supervision.*}).
 *
 * @param phone       the phone rung for a supervisor whose account has no queue interface (a dial
 *                    string such as {@code PJSIP/supervisor01}); empty: such a supervisor cannot listen
 * @param maxCallLength an answered call older than this whose end was never reported is no longer
 *                    shown as live (the dialplan ends every call after an hour: TIMEOUT(absolute)=3600)
 */
@ConfigurationProperties("hotline.supervision")
public record SupervisionProperties(
        @DefaultValue("") String phone,
        @DefaultValue("PT1H") Duration maxCallLength) {

    public SupervisionProperties {
        if (maxCallLength.isNegative() || maxCallLength.isZero()) {
            throw new IllegalArgumentException("hotline.supervision.max-call-length must be positive");
        }
    }
}
