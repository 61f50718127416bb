package cn.yinling.hotline.cases.emergency;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every {@code hotline.emergency.check-every} for unclaimed emergencies due for escalation.
 * Runs on every node; {@link EmergencyEscalations} makes sure each level is raised once.
 */
@Component
class EscalationTimer {

    private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

    private final EmergencyEscalations escalations;

    EscalationTimer(EmergencyEscalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(fixedDelayString = "${hotline.emergency.check-every:PT5S}")
    void tick() {
        try {
            List<EmergencyEscalations.Raised> raised = escalations.escalateDue();
            raised.forEach(r -> log.warn("Emergency case {} is still unclaimed: escalated to {}", r.caseId(), r.to()));
        } catch (RuntimeException e) {
            // The next tick tries again; a database that blinked must not end the timer.
            log.error("Could not look for emergencies to escalate", e);
        }
    }
}
