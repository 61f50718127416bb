package cn.yinling.hotline.cases.visit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Visits proven at the door by phone ({@code hotline.visit.*}).
 *
 * @param earliestArrival  how long before its start a visit can be checked into
 * @param latestDeparture  how long after its booked end a visit can still be checked out of by phone
 * @param lateAfter        no arrival this long after the start: the visit is flagged late (迟到未签到)
 * @param checkoutGrace    no departure this long after the booked end: flagged 未签退
 * @param shortestVisit    a second call sooner than this after the arrival repeats the arrival, not a departure
 * @param triesPerCall     wrong worker numbers or codes in one call before the hotline says goodbye
 * @param workerAttempts   wrong answers for one keyed worker number within {@code window} before it locks
 * @param callerAttempts   wrong answers from one calling number within {@code window} before it locks
 * @param window           the window the wrong answers are counted in
 * @param lockPeriod       how long a locked worker number or calling number cannot check in by phone
 * @param ratingLostAfter  a departed visit whose rating never came (the call was lost) is consumed after this
 * @param sweepInterval    how often a node looks for such visits
 */
@ConfigurationProperties("hotline.visit")
public record VisitProperties(
        @DefaultValue("PT1H") Duration earliestArrival,
        @DefaultValue("PT3H") Duration latestDeparture,
        @DefaultValue("PT15M") Duration lateAfter,
        @DefaultValue("PT30M") Duration checkoutGrace,
        @DefaultValue("PT5M") Duration shortestVisit,
        @DefaultValue("3") int triesPerCall,
        @DefaultValue("5") int workerAttempts,
        @DefaultValue("8") int callerAttempts,
        @DefaultValue("PT1H") Duration window,
        @DefaultValue("PT30M") Duration lockPeriod,
        @DefaultValue("PT10M") Duration ratingLostAfter,
        @DefaultValue("PT1M") Duration sweepInterval) {

    public VisitProperties {
        if (triesPerCall < 1 || workerAttempts < 1 || callerAttempts < 1) {
            throw new IllegalArgumentException("hotline.visit: tries and attempts must be at least 1");
        }
        if (window.isNegative() || window.isZero() || lockPeriod.isNegative() || lockPeriod.isZero()) {
            throw new IllegalArgumentException("hotline.visit: window and lock-period must be positive");
        }
    }
}
