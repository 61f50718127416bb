package cn.yinling.hotline.ivr.checkin;

import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.checkin.WaitingCheckins;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's view of a dialer that cannot place calls. Check-ins simply wait for it; once due
 * check-ins have waited longer than {@code hotline.checkin.dialer-down-alert-after}, counted from
 * whichever is later, the start of the outage or the oldest due time, the agents get one case for
 * the whole outage (every node joins the same open case), and a note on it when calls go out again.
 */
final class DialerOutage {

    private static final Logger log = LoggerFactory.getLogger(DialerOutage.class);

    private final Checkins checkins;
    private final Duration alertAfter;
    private final Clock clock;
    private Instant downSince;
    private CaseId alert;

    DialerOutage(Checkins checkins, Duration alertAfter, Clock clock) {
        this.checkins = checkins;
        this.alertAfter = alertAfter;
        this.clock = clock;
    }

    /** The dialer could not place calls this round. */
    synchronized void down() {
        Instant now = clock.instant();
        if (downSince == null) {
            downSince = now;
            log.warn("Check-in calls cannot be placed (dialer not ready: AMI not connected or not configured);"
                    + " due check-ins wait for it, none counts as unanswered");
        }
        if (alert != null) {
            return;
        }
        WaitingCheckins waiting = checkins.waiting();
        if (!waiting.any()) {
            return;
        }
        Instant since = waiting.oldestDueAt().isAfter(downSince) ? waiting.oldestDueAt() : downSince;
        if (Duration.between(since, now).compareTo(alertAfter) >= 0) {
            alert = checkins.dialerDown(downSince, waiting.count());
            log.error("Check-in calls have not been placed since {}: {} due check-ins wait for the dialer; case {}"
                    + " tells the agents", downSince, waiting.count(), alert);
        }
    }

    /** A call was placed: the outage, if any, is over. */
    synchronized void up() {
        if (downSince == null) {
            return;
        }
        log.info("Check-in calls are placed again after {} without a dialer",
                Duration.between(downSince, clock.instant()));
        if (alert != null) {
            try {
                checkins.dialerBack(alert, downSince);
            } catch (RuntimeException e) {
                log.warn("Could not note on case {} that check-in calls are placed again", alert, e);
            }
        }
        downSince = null;
        alert = null;
    }
}
