package cn.yinling.hotline.console.newcase;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.ContactWay;
import cn.yinling.hotline.cases.casework.ManualCase;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新建案件: find and choose the elder (or take an unregistered caller's number), say how and what,
 * write the first note; the case opens held by the signed-in agent and the workspace shows it. A
 * refused form answers 400 with everything as typed and what to fix.
 */
@Controller
class NewCaseController {

    private final NewCaseDesk desk;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;

    NewCaseController(NewCaseDesk desk, SignedInAgent signedIn, ConsoleMessages messages) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @GetMapping("/console/cases/new")
    String page(@RequestParam(name = "q", required = false) String query,
            @RequestParam(required = false) String elderId, Principal principal, Model model) {
        Agent me = signedIn.of(principal);
        NewCaseDesk.Found found = desk.search(query, me);
        NewCaseForm form = NewCaseForm.EMPTY.choosing(elderId);
        return show(form, query, found, List.of(), model);
    }

    @PostMapping("/console/cases/new")
    String open(NewCaseForm form, Principal principal, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        NewCaseDesk.Outcome outcome = desk.open(form, signedIn.of(principal));
        if (outcome.opened() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("openEmergency", outcome.openEmergency());
            return show(form, null, NewCaseDesk.Found.NOTHING, outcome.problems(), model);
        }
        flash.addFlashAttribute("done", messages.get("newCase.created", outcome.opened().getId()));
        return "redirect:/console/cases/" + outcome.opened().getId();
    }

    private String show(NewCaseForm form, String query, NewCaseDesk.Found found, List<String> problems, Model model) {
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("searched", query != null && !query.isBlank());
        model.addAttribute("found", found);
        model.addAttribute("chosen", desk.chosen(form).filter(c -> found.elders().stream().noneMatch(e -> e.id() == c.id()))
                .orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("ways", Arrays.asList(ContactWay.values()));
        model.addAttribute("types", ManualCase.TYPES);
        model.addAttribute("complaintTypes", Arrays.asList(ComplaintType.values()));
        model.addAttribute("severities", Arrays.asList(Severity.values()));
        return "console/case-new";
    }
}
