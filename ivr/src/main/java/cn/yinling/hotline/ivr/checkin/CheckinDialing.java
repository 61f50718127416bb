package cn.yinling.hotline.ivr.checkin;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.checkin.CheckinAnswer;
import cn.yinling.hotline.cases.checkin.CheckinProperties;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.checkin.DueCheckin;
import cn.yinling.hotline.ivr.outbound.DialOutcome;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Places the day's check-in calls from this node: plans the day once, releases calls a stopped
 * node left behind, claims what pacing allows and hands each to the dialer. A call the PBX reports
 * busy, unanswered or failed counts as unanswered, so its retries and alert still happen. A call
 * that was never placed (the dialer not ready, as before the AMI login completes) is no attempt:
 * nothing is claimed while the dialer is not ready, and a claimed call it could not place waits
 * for the next round; a long outage raises one case ({@link DialerOutage}), not one per elder. Each
 * call carries the attempt and a one-time token for it, without which the {@code checkin} script
 * does not run. Off unless {@code hotline.checkin.enabled}.
 */
public class CheckinDialing {

    private static final Logger log = LoggerFactory.getLogger(CheckinDialing.class);

    private final Checkins checkins;
    private final OutboundDialer dialer;
    private final CheckinProperties properties;
    private final OriginatedCalls originated;
    private final String node;
    private final DialerOutage outage;
    private volatile LocalDate plannedDay;

    private enum Placement { PLACED, NOT_PLACED, NO_PHONE }

    public CheckinDialing(Checkins checkins, OutboundDialer dialer, CheckinProperties properties,
            OriginatedCalls originated, Clock clock) {
        this.checkins = checkins;
        this.dialer = dialer;
        this.properties = properties;
        this.originated = originated;
        this.node = properties.node().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.node();
        this.outage = new DialerOutage(checkins, properties.dialerDownAlertAfter(), clock);
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

    /**
     * Claims the due check-ins pacing allows and places them; returns how many were placed. While
     * the dialer is not ready nothing is claimed: the check-ins wait.
     */
    public int dialDue() {
        if (!dialer.isReady()) {
            outage.down();
            return 0;
        }
        int placed = 0;
        boolean dialerFailed = false;
        for (DueCheckin d : checkins.claimDue(node)) {
            switch (place(d)) {
                case PLACED -> placed++;
                case NO_PHONE -> checkins.record(d.id(), CheckinAnswer.NO_ANSWER);
                case NOT_PLACED -> {
                    dialerFailed = true;
                    checkins.release(d.id());
                }
            }
        }
        if (dialerFailed) {
            outage.down();
        } else {
            outage.up();
        }
        return placed;
    }

    private Placement place(DueCheckin d) {
        if (d.phone() == null) {
            // Nobody can be called: the retries run out and the alert asks a person to look in.
            log.warn("Check-in {}: elder {} has no registered phone", d.id(), d.elderId());
            return Placement.NO_PHONE;
        }
        try {
            String attempt = d.id().toString();
            boolean placed = dialer.place(new OutboundCall(d.phone(), CheckinScript.NAME, originated.variables(
                    CheckinScript.NAME, attempt, Map.of(CheckinScript.ATTEMPT_VARIABLE, attempt)), outcome -> dialed(d, outcome)));
            if (!placed) {
                log.info("Check-in {}: the call to {} was not placed; it waits for the next round", d.id(), PersonalNumbers.phoneAnswer(d.phone()));
            }
            return placed ? Placement.PLACED : Placement.NOT_PLACED;
        } catch (RuntimeException e) {
            log.warn("Check-in {}: the call to {} could not be placed; it waits for the next round", d.id(), PersonalNumbers.phoneAnswer(d.phone()), e);
            return Placement.NOT_PLACED;
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
        log.info("Check-in {}: call to {} not answered ({})", d.id(), PersonalNumbers.phoneAnswer(d.phone()), outcome);
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
