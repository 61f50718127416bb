package cn.yinling.hotline.ivr.reminder;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.reminder.BookingReminders;
import cn.yinling.hotline.cases.reminder.DueReminder;
import cn.yinling.hotline.cases.reminder.ReminderProperties;
import cn.yinling.hotline.ivr.outbound.DialOutcome;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Places the reminder calls of the day before a visit from this node, into the {@code reminder}
 * script. As for check-ins, a call never placed is no attempt: nothing is claimed while the dialer is
 * not ready (before the AMI login completes), and a claim the dialer could not place is released and
 * due again. Busy, unanswered or failed calls are tried again ({@code hotline.reminder.retries}). Each
 * call carries the reminder and a one-time token for it, without which the script does not run. Off
 * unless {@code hotline.reminder.enabled}.
 */
public class ReminderDialing {

    private static final Logger log = LoggerFactory.getLogger(ReminderDialing.class);

    private final BookingReminders reminders;
    private final OutboundDialer dialer;
    private final ReminderProperties properties;
    private final OriginatedCalls originated;
    private final String node;

    public ReminderDialing(BookingReminders reminders, OutboundDialer dialer, ReminderProperties properties,
            OriginatedCalls originated) {
        this.reminders = reminders;
        this.dialer = dialer;
        this.properties = properties;
        this.originated = originated;
        this.node = properties.node().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.node();
    }

    @Scheduled(fixedDelayString = "${hotline.reminder.poll-interval:PT30S}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        try {
            reminders.releaseStale();
            dialDue();
        } catch (RuntimeException e) {
            log.warn("Reminder dialing failed this round; trying again at the next", e);
        }
    }

    /** Claims the reminders due now and places them; returns how many were placed. */
    public int dialDue() {
        if (!dialer.isReady()) {
            return 0;
        }
        int placed = 0;
        for (DueReminder d : reminders.claimDue(node)) {
            if (d.phone() == null) {
                log.warn("Reminder {}: elder {} has no registered phone", d.id(), d.elderId());
                reminders.noPhone(d.id());
                continue;
            }
            if (place(d)) {
                placed++;
            } else {
                reminders.release(d.id());
            }
        }
        return placed;
    }

    private boolean place(DueReminder d) {
        try {
            String id = Long.toString(d.id());
            boolean placed = dialer.place(new OutboundCall(d.phone(), ReminderScript.NAME, originated.variables(
                    ReminderScript.NAME, id, Map.of(ReminderScript.REMINDER_VARIABLE, id)), outcome -> dialed(d, outcome)));
            if (!placed) {
                log.info("Reminder {}: the call to {} was not placed; it waits for the next round", d.id(), PersonalNumbers.phoneAnswer(d.phone()));
            }
            return placed;
        } catch (RuntimeException e) {
            log.warn("Reminder {}: the call to {} could not be placed; it waits for the next round", d.id(), PersonalNumbers.phoneAnswer(d.phone()), e);
            return false;
        }
    }

    /** Busy, no answer or failed: nobody heard the reminder, so it is tried again while retries remain. */
    private void dialed(DueReminder d, DialOutcome outcome) {
        if (outcome == DialOutcome.ANSWERED) {
            return;
        }
        log.info("Reminder {}: call to {} not answered ({})", d.id(), PersonalNumbers.phoneAnswer(d.phone()), outcome);
        try {
            reminders.unanswered(d.id());
        } catch (RuntimeException e) {
            log.warn("Reminder {}: could not record the unanswered call; call-timeout will", d.id(), e);
        }
    }
}
