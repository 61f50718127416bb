package cn.yinling.hotline.cases.emergency;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CareCaseRepository;
import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.Cases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation rule: an emergency nobody has claimed {@code supervisor-after} after it opened goes
 * to the supervisors, one still unclaimed {@code everyone-after} after it opened goes to everyone
 * again. Each level is raised by a conditional update, so of several nodes looking at once exactly
 * one raises it, and records it on the timeline and tells the consoles (a {@link CaseChanged}, which
 * the console relays to every node). A claimed, resolved or closed case is never escalated.
 */
@Service
public class EmergencyEscalations {

    /** Who the timeline names for an escalation. */
    static final String ACTOR = "system:escalation";

    /** One level raised: which case, to which level. */
    public record Raised(long caseId, Escalation to) {
    }

    private final CareCaseRepository cases;
    private final Cases casework;
    private final ApplicationEventPublisher events;
    private final EmergencyProperties properties;
    private final Clock clock;

    EmergencyEscalations(CareCaseRepository cases, Cases casework, ApplicationEventPublisher events,
            EmergencyProperties properties, Clock clock) {
        this.cases = cases;
        this.casework = casework;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Raises every level that is due now; returns the levels this call raised (none that another node did). */
    @Transactional
    public List<Raised> escalateDue() {
        Instant now = clock.instant();
        List<Raised> raised = new ArrayList<>();
        List<CareCase> waiting = cases.findUnclaimedEmergencies(now.minus(properties.supervisorAfter()),
                Escalation.EVERYONE.level());
        for (CareCase c : waiting) {
            Duration waited = Duration.between(c.getCreatedAt(), now);
            Escalation at = Escalation.ofLevel(c.getEscalationLevel());
            for (Escalation next = at.next(); next != null && waited.compareTo(next.after(properties)) >= 0;
                    next = next.next()) {
                if (cases.escalateIfUnclaimed(c.getId(), next.level() - 1, next.level()) != 1) {
                    break;
                }
                casework.record(c.getId(), next.eventKind(), ACTOR,
                        CaseTexts.text("emergency." + next.name(), next.after(properties).toSeconds()));
                events.publishEvent(new CaseChanged(c.caseId(), c.getStatus(), null));
                raised.add(new Raised(c.getId(), next));
            }
        }
        return raised;
    }
}
