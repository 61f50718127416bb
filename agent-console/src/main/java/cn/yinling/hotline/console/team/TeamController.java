package cn.yinling.hotline.console.team;

import cn.yinling.hotline.console.ConsoleMessages;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team page and reassigning a case (supervisors and admins only, see the security chain). */
@Controller
class TeamController {

    private final TeamView team;
    private final Reassignment reassignment;
    private final ConsoleMessages messages;

    TeamController(TeamView team, Reassignment reassignment, ConsoleMessages messages) {
        this.team = team;
        this.reassignment = reassignment;
        this.messages = messages;
    }

    @GetMapping("/console/supervisor/team")
    String team(Model model) {
        model.addAttribute("team", team.team());
        return "console/team";
    }

    @PostMapping("/console/supervisor/cases/{caseId}/reassign")
    String reassign(@PathVariable long caseId, @RequestParam("to") long toAgentId, Principal principal,
            RedirectAttributes flash) {
        Reassignment.Outcome outcome = reassignment.reassign(caseId, toAgentId, principal.getName());
        String text = messages.get("reassign." + outcome, caseId, reassignment.nameOf(toAgentId));
        flash.addFlashAttribute(outcome == Reassignment.Outcome.REASSIGNED ? "done" : "problem", text);
        return "redirect:/console/supervisor/team";
    }
}
