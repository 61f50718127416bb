package cn.yinling.hotline.console.sla;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a case's countdown turns amber ({@code hotline.console.sla.*}). The time each case may stay
 * open is {@code hotline.cases.sla} (by case type); this only says how early to warn.
 *
 * @param warnPercent the countdown warns once this share of the case's allowed time is left, in percent
 * @param warnBefore  by case type ({@code EMERGENCY}, {@code COMPLAINT}, …): warn this long before the
 *                    deadline instead of by share
 */
@ConfigurationProperties("hotline.console.sla")
public record SlaProperties(@DefaultValue("25") int warnPercent, Map<String, Duration> warnBefore) {

    public SlaProperties {
        if (warnPercent < 0 || warnPercent > 100) {
            throw new IllegalArgumentException("hotline.console.sla.warn-percent must be 0..100");
        }
        warnBefore = warnBefore == null ? Map.of() : Map.copyOf(warnBefore);
        warnBefore.forEach((type, d) -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("hotline.console.sla.warn-before." + type + " must not be negative");
            }
        });
    }
}
