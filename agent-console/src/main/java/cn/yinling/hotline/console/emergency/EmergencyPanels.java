package cn.yinling.hotline.console.emergency;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.emergency.EmergencyProcedure;
import cn.yinling.hotline.cases.emergency.EmergencyProcedures;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.emergency.EmergencyPanel.FamilyPhones;
import cn.yinling.hotline.console.emergency.EmergencyPanel.StepLine;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The emergency panel of a case page, and the ticking of its procedure's steps. A ticked step is a
 * line of kind {@value #STEP_DONE} on the case's timeline, its note the step's title, so the record
 * of what was done when is the case's own history. Public for the workspace, which shows the panel.
 */
@Component
public class EmergencyPanels {

    /** Timeline kind of a ticked step of the emergency procedure; the note is the step's title. */
    public static final String STEP_DONE = "PROCEDURE_STEP";

    private final Cases cases;
    private final Elders elders;
    private final EmergencyProcedures procedures;
    private final ConsoleAudit audit;

    EmergencyPanels(Cases cases, Elders elders, EmergencyProcedures procedures, ConsoleAudit audit) {
        this.cases = cases;
        this.elders = elders;
        this.procedures = procedures;
        this.audit = audit;
    }

    /**
     * The panel of an emergency case (of type EMERGENCY or raised to emergency priority); empty for
     * any other case. Showing the family's phones is audited, as the case view itself is.
     */
    public Optional<EmergencyPanel> of(long caseId, Agent viewer) {
        CareCase c = cases.get(caseId);
        if (!isEmergency(c)) {
            return Optional.empty();
        }
        Elder elder = c.getElderId() == null ? null : elders.get(new ElderId(c.getElderId()));
        List<String> phones = List.of();
        List<FamilyPhones> family = List.of();
        if (elder != null) {
            phones = elders.phonesOf(elder.elderId()).stream().map(PhoneNumber::toString).toList();
            family = elders.familyOf(elder.elderId()).stream()
                    .map(f -> new FamilyPhones(f.getFullName(), f.getRelation(),
                            elders.phonesOfFamilyContact(f.getId()).stream().map(PhoneNumber::toString).toList()))
                    .toList();
            audit.recordCase(viewer.getUsername(), Action.VIEW, elder.elderId(), caseId, "emergencyPanel", caseId);
        }
        return Optional.of(new EmergencyPanel(caseId, elder == null ? null : EmergencyAlerts.address(elder), phones,
                family, procedures.current().name(), steps(caseId), mayTick(c, viewer)));
    }

    /**
     * Ticks a step of the procedure on the case's timeline; false when the viewer may not (not the
     * holder nor a supervisor, or the case is done), the case is no emergency, or the step is unknown.
     * A step ticked already is not ticked twice.
     */
    public boolean tick(long caseId, String stepKey, Agent agent) {
        CareCase c = cases.get(caseId);
        Optional<EmergencyProcedure.Step> step = procedures.current().steps().stream()
                .filter(s -> s.key().equals(stepKey)).findFirst();
        if (!isEmergency(c) || !mayTick(c, agent) || step.isEmpty()) {
            return false;
        }
        if (!done(caseId).containsKey(step.get().title())) {
            cases.record(caseId, STEP_DONE, agent.getUsername(), step.get().title());
            audit.recordCase(agent.getUsername(), Action.UPDATE, c.getElderId() == null ? null : new ElderId(c.getElderId()),
                    caseId, "procedureStep", caseId, step.get().title());
        }
        return true;
    }

    static boolean isEmergency(CareCase c) {
        return c.getType() == CaseType.EMERGENCY || c.priority() == Priority.EMERGENCY;
    }

    private static boolean mayTick(CareCase c, Agent agent) {
        return c.getStatus().isOpen() && (agent.getId().equals(c.getAssigneeId()) || SignedInAgent.supervises(agent));
    }

    private List<StepLine> steps(long caseId) {
        Map<String, String> done = done(caseId);
        return procedures.current().steps().stream()
                .map(s -> new StepLine(s.key(), s.title(), s.detail(), done.containsKey(s.title()), done.get(s.title())))
                .toList();
    }

    /** Titles of the steps ticked on the case, with who ticked them first. */
    private Map<String, String> done(long caseId) {
        Map<String, String> out = new HashMap<>();
        for (CaseEvent e : cases.timeline(caseId)) {
            if (STEP_DONE.equals(e.getKind()) && e.getNote() != null) {
                out.putIfAbsent(e.getNote(), e.getActor());
            }
        }
        return out;
    }
}
