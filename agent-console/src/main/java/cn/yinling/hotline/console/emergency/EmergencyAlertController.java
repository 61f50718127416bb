package cn.yinling.hotline.console.emergency;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.security.SignedInAgent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.WebUtils;

/**
 * The unclaimed emergencies for the banner every console page shows. The banner names the elder and
 * gives the address unmasked, since whoever answers sends help there; each agent's first sight of
 * an emergency's address is audited once per console session (the pages re-read it on every change
 * of the queue, and an entry per read would bury the audit log).
 */
@Controller
@Tag(name = "Console")
class EmergencyAlertController {

    static final String AUDITED = EmergencyAlertController.class.getName() + ".audited";

    private final EmergencyAlerts alerts;
    private final SignedInAgent signedIn;
    private final ConsoleAudit audit;
    private final Clock clock;

    EmergencyAlertController(EmergencyAlerts alerts, SignedInAgent signedIn, ConsoleAudit audit, Clock clock) {
        this.alerts = alerts;
        this.signedIn = signedIn;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "Emergencies nobody has claimed yet",
            description = "Polled by every console page for the emergency banner; each alert shown is audited once "
                    + "per session.")
    @GetMapping(path = "/api/console/emergencies", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    EmergencySnapshot unclaimed(Principal principal, HttpSession session) {
        Agent me = signedIn.of(principal);
        List<EmergencyAlert> waiting = alerts.unclaimed(me);
        Set<Long> audited = auditedIn(session);
        for (EmergencyAlert a : waiting) {
            if (audited.add(a.id())) {
                audit.recordCase(me.getUsername(), Action.VIEW, a.elderId() == null ? null : new ElderId(a.elderId()), a.id(),
                        "emergencyAlert", a.id());
            }
        }
        return new EmergencySnapshot(clock.millis(), waiting);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> auditedIn(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object set = session.getAttribute(AUDITED);
            if (set == null) {
                set = ConcurrentHashMap.<Long>newKeySet();
                session.setAttribute(AUDITED, set);
            }
            return (Set<Long>) set;
        }
    }
}
