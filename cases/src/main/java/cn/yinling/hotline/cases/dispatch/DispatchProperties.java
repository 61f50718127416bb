package cn.yinling.hotline.cases.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dispatch to workers ({@code hotline.dispatch.*}).
 *
 * @param hotlineNumber the number a worker calls at the elder's door to check in, as the SMS gives it
 * @param sweepEvery    how often each node looks for bookings whose work order is missing or out of step
 * @param sweepDays     how many days ahead (today included) the sweep looks
 */
@ConfigurationProperties("hotline.dispatch")
public record DispatchProperties(
        @DefaultValue("12349") String hotlineNumber,
        @DefaultValue("PT5M") Duration sweepEvery,
        @DefaultValue("15") int sweepDays) {

    public DispatchProperties {
        if (hotlineNumber == null || hotlineNumber.isBlank()) {
            throw new IllegalArgumentException("hotline.dispatch.hotline-number must be set: workers call it at the door");
        }
        if (sweepEvery.isNegative() || sweepEvery.isZero() || sweepDays < 1) {
            throw new IllegalArgumentException("hotline.dispatch: sweep-every > 0, sweep-days >= 1");
        }
    }
}
