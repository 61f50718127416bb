package cn.yinling.hotline.console.audit;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit log page for supervisors and admins (under {@code /console/supervisor/}, see the security
 * chain): who viewed, changed or exported what and when, and the sign-in lock-outs, searched by agent,
 * kind, elder id, case id and days, newest first, {@value #PAGE_SIZE} entries a page. Entries name
 * elders and cases by id only; the links open them (and those views are audited in turn).
 */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String PRESENCE = "presence ";

    private final AuditTrail trail;
    private final AgentRepository agents;
    private final ConsoleMessages messages;
    private final CasesProperties properties;

    AuditLogController(AuditTrail trail, AgentRepository agents, ConsoleMessages messages, CasesProperties properties) {
        this.trail = trail;
        this.agents = agents;
        this.messages = messages;
        this.properties = properties;
    }

    /** One entry as the page shows it. */
    record Row(String at, String agent, String action, Long elderId, Long caseId, String detail) {
    }

    @GetMapping(AuditLogQuery.PATH)
    String search(AuditLogQuery query, Model model) {
        model.addAttribute("q", query);
        model.addAttribute("actions", Arrays.asList(Action.values()));
        List<String> problems = query.problems();
        if (!problems.isEmpty()) {
            model.addAttribute("problem",
                    String.join(" ", problems.stream().map(k -> messages.get("auditLog.invalid." + k)).toList()));
            model.addAttribute("rows", List.of());
            return "console/audit";
        }
        Page<AuditEntry> page = trail.search(query.search(properties.zone()), query.pageNumber(), PAGE_SIZE);
        Map<String, String> names = agents.findAll().stream()
                .collect(Collectors.toMap(Agent::getUsername, Agent::getDisplayName, (a, b) -> a));
        model.addAttribute("rows", page.getContent().stream().map(row(names)).toList());
        model.addAttribute("total", page.getTotalElements());
        model.addAttribute("pageNumber", page.getNumber() + 1);
        model.addAttribute("pages", Math.max(1, page.getTotalPages()));
        if (page.hasPrevious()) {
            model.addAttribute("previous", query.linkTo(page.getNumber() - 1));
        }
        if (page.hasNext()) {
            model.addAttribute("next", query.linkTo(page.getNumber() + 1));
        }
        return "console/audit";
    }

    private Function<AuditEntry, Row> row(Map<String, String> names) {
        return e -> new Row(WHEN.format(e.getAt().atZone(properties.zone())),
                names.containsKey(e.getActor()) ? names.get(e.getActor()) + "（" + e.getActor() + "）" : e.getActor(),
                messages.get("auditLog.action." + e.getAction().name()), e.getElderId(), e.getCaseId(), detail(e));
    }

    /** Presence changes are stored as {@code presence AWAY} for the team page's time in state; shown in words. */
    private String detail(AuditEntry e) {
        String d = e.getDetail() == null ? "" : e.getDetail();
        return d.startsWith(PRESENCE)
                ? messages.get("auditLog.presence", messages.getOr("state." + d.substring(PRESENCE.length()), d))
                : d;
    }
}
