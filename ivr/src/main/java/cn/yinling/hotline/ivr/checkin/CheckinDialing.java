package cn.yinling.hotline.ivr.checkin;

import cn.yinling.hotline.cases.checkin.CheckinAnswer;
import cn.yinling.hotline.cases.checkin.CheckinProperties;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.checkin.DueCheckin;
import cn.yinling.hotline.ivr.outbound.DialOutcome;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Places the day's check-in calls from this node: plans the day once, releases calls a stopped
 * node left behind, claims what pacing allows and hands each to the dialer. A call that cannot be
 * placed, or that the PBX reports busy, unanswered or failed, counts as unanswered, so its retries
 * and alert still happen. Each call carries the attempt and a one-time token for it, without which
 * the {@code checkin} script does not run. Off unless {@code hotline.checkin.enabled}.
 */
public class CheckinDialing {

    private static final Logger log = LoggerFactory.getLogger(CheckinDialing.class);

    private final Checkins checkins;
    private final OutboundDialer dialer;
    private final CheckinProperties properties;
    private final OriginatedCalls originated;
    private final String node;
    private volatile LocalDate plannedDay;

    public CheckinDialing(Checkins checkins, OutboundDialer dialer, CheckinProperties properties,
            OriginatedCalls originated) {
        this.checkins = checkins;
        this.dialer = dialer;
        this.properties = properties;
        this.originated = originated;
        this.node = properties.node().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.node();
    }

    @Scheduled(fixedDelayString = "${hotline.checkin.poll-interval:PT10S}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        try {
            planToday();
            checkins.releaseStale();
            dialDue();
        } catch (RuntimeException e) {
            log.warn("Check-in dialing failed this round; trying again at the next", e);
        }
    }

    /** Claims the due check-ins pacing allows and places them; returns how many were placed. */
    public int dialDue() {
        List<DueCheckin> due = checkins.claimDue(node);
        int placed = 0;
        for (DueCheckin d : due) {
            if (place(d)) {
                placed++;
            } else {
                checkins.record(d.id(), CheckinAnswer.NO_ANSWER);
            }
        }
        return placed;
    }

    private boolean place(DueCheckin d) {
        if (d.phone() == null) {
            log.warn("Check-in {}: elder {} has no registered phone", d.id(), d.elderId());
            return false;
        }
        try {
            String attempt = d.id().toString();
            return dialer.place(new OutboundCall(d.phone(), CheckinScript.NAME, originated.variables(CheckinScript.NAME,
                    attempt, Map.of(CheckinScript.ATTEMPT_VARIABLE, attempt)), outcome -> dialed(d, outcome)));
        } catch (RuntimeException e) {
            log.warn("Check-in {}: the call to {} could not be placed", d.id(), d.phone(), e);
            return false;
        }
    }

    /**
     * The PBX's word on a placed call. Answered: the check-in script records the elder's key.
     * Busy, no answer or failed: nobody heard the question, so it counts as unanswered and the
     * retries and the alert follow (a result the script already recorded is left alone).
     */
    private void dialed(DueCheckin d, DialOutcome outcome) {
        if (outcome == DialOutcome.ANSWERED) {
            return;
        }
        log.info("Check-in {}: call to {} not answered ({})", d.id(), d.phone(), outcome);
        try {
            checkins.record(d.id(), CheckinAnswer.NO_ANSWER);
        } catch (RuntimeException e) {
            // Left CALLING: releaseStale() counts it as unanswered after hotline.checkin.call-timeout.
            log.warn("Check-in {}: could not record the unanswered call", d.id(), e);
        }
    }

    private void planToday() {
        LocalDate today = checkins.today();
        if (!today.equals(plannedDay)) {
            int planned = checkins.planDay(today);
            plannedDay = today;
            log.info("Check-ins for {}: {} planned", today, planned);
        }
    }
}
