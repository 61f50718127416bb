package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.Landing;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A complaint's investigation notes and its outcome, from the workspace; both redirect back to it. */
@Controller
class ComplaintController {

    private final CaseActions actions;
    private final Cases cases;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;
    private final WorkspacePage page;

    ComplaintController(CaseActions actions, Cases cases, SignedInAgent signedIn, ConsoleMessages messages,
            WorkspacePage page) {
        this.page = page;
        this.actions = actions;
        this.cases = cases;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @PostMapping("/console/cases/{caseId}/investigation")
    String investigate(@PathVariable long caseId, @RequestParam(defaultValue = "") String finding,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash, Model model,
            HttpServletResponse response) {
        FormDraft tooLong = page.tooLong("investigation", "finding", finding, Cases.MAX_NOTE, typed);
        if (tooLong != null) {
            return page.refused(caseId, signedIn.of(principal), tooLong, model, response);
        }
        String problem = !isComplaint(caseId) ? messages.get("outcome.notComplaint")
                : finding.isBlank() ? messages.get("investigation.empty") : null;
        if (problem != null) {
            return at(caseId).refused(flash, "investigation", typed, "finding", problem);
        }
        actions.recordInvestigation(caseId, signedIn.of(principal), finding.strip());
        return at(caseId).done(flash, messages.get("investigation.added"));
    }

    @PostMapping("/console/cases/{caseId}/outcome")
    String outcome(@PathVariable long caseId, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String remedy, @RequestParam Map<String, String> typed, Principal principal,
            RedirectAttributes flash, Model model, HttpServletResponse response) {
        FormDraft tooLong = page.tooLong("outcome", "remedy", remedy, Cases.MAX_REMEDY, typed);
        if (tooLong != null) {
            return page.refused(caseId, signedIn.of(principal), tooLong, model, response);
        }
        ComplaintOutcome found = Arrays.stream(ComplaintOutcome.values()).filter(o -> o.name().equals(outcome))
                .findFirst().orElse(null);
        String problem = problem(caseId, found, remedy);
        if (problem != null) {
            return at(caseId).refused(flash, "outcome", typed, found == null ? "outcome" : "remedy", problem);
        }
        actions.recordOutcome(caseId, signedIn.of(principal), found, remedy);
        return at(caseId).done(flash, messages.get("outcome.recorded", messages.get("outcome." + found)));
    }

    /** What is wrong with the outcome form, in words for the agent; null when nothing is. */
    private String problem(long caseId, ComplaintOutcome found, String remedy) {
        if (!isComplaint(caseId)) {
            return messages.get("outcome.notComplaint");
        }
        if (found == null) {
            return messages.get("outcome.needsChoice");
        }
        if (found.needsRemedy() && remedy.isBlank()) {
            return messages.get("outcome.needsRemedy", Cases.MAX_REMEDY);
        }
        return null;
    }

    private boolean isComplaint(long caseId) {
        return cases.get(caseId).getType() == CaseType.COMPLAINT;
    }

    /** Both forms sit in the complaint section of the workspace. */
    private static Landing at(long caseId) {
        return Landing.at("/console/cases/" + caseId, "complaint");
    }
}
