package cn.yinling.hotline.ivr.followup;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.followup.DueFollowUp;
import cn.yinling.hotline.cases.followup.DueFollowUps;
import cn.yinling.hotline.cases.followup.FollowUpProperties;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Places the follow-up calls (回访) after recorded visits from this node, into the {@code followup}
 * script. A visit is claimed before it is dialled, so it is called at most once: a rating is
 * welcome, not owed. A call never placed is not that once: nothing is claimed while the dialer is
 * not ready (before the AMI login completes), and a claim the dialer could not place is undone, so
 * the visit is called once the dialer is back. Each call carries the booking and a one-time token for it,
 * without which the {@code followup} script does not run. Off unless {@code hotline.followup.enabled}.
 */
public class FollowUpDialing {

    private static final Logger log = LoggerFactory.getLogger(FollowUpDialing.class);

    private final DueFollowUps due;
    private final OutboundDialer dialer;
    private final FollowUpProperties properties;
    private final OriginatedCalls originated;

    public FollowUpDialing(DueFollowUps due, OutboundDialer dialer, FollowUpProperties properties,
            OriginatedCalls originated) {
        this.due = due;
        this.dialer = dialer;
        this.properties = properties;
        this.originated = originated;
    }

    @Scheduled(fixedDelayString = "${hotline.followup.poll-interval:PT1M}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        try {
            dialDue();
        } catch (RuntimeException e) {
            log.warn("Follow-up dialing failed this round; trying again at the next", e);
        }
    }

    /** Claims the visits due for a follow-up call and places them; returns how many were placed. */
    public int dialDue() {
        if (!dialer.isReady()) {
            return 0;
        }
        int placed = 0;
        for (DueFollowUp d : due.claim()) {
            if (d.phone() == null) {
                log.info("Follow-up of booking {}: elder {} has no registered phone", d.bookingId(), d.elderId());
                continue;
            }
            try {
                String booking = Long.toString(d.bookingId());
                if (dialer.place(new OutboundCall(d.phone(), FollowUpScript.NAME, originated.variables(
                        FollowUpScript.NAME, booking, Map.of(FollowUpScript.BOOKING_VARIABLE, booking))))) {
                    placed++;
                } else {
                    release(d);
                }
            } catch (RuntimeException e) {
                log.warn("Follow-up of booking {}: the call to {} could not be placed; called later", d.bookingId(),
                        PersonalNumbers.phoneAnswer(d.phone()), e);
                release(d);
            }
        }
        return placed;
    }

    private void release(DueFollowUp d) {
        try {
            due.release(d.bookingId());
        } catch (RuntimeException e) {
            log.warn("Follow-up of booking {}: could not undo the claim; the visit is not called", d.bookingId(), e);
        }
    }
}
