package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin switches automatic assignment on or off and sets how many chats an agent holds at once; audited. */
@Controller
class AssignmentSettingController {

    private final AssignmentSettings settings;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    AssignmentSettingController(AssignmentSettings settings, ConsoleAudit audit, ConsoleMessages messages) {
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/console/admin/assignment")
    String page(Model model) {
        model.addAttribute("setting", settings.current());
        model.addAttribute("mostChats", AssignmentSettings.MOST_CHATS);
        return "console/assignment";
    }

    @PostMapping("/console/admin/assignment")
    String change(@RequestParam(defaultValue = "false") boolean automatic, @RequestParam int maxChats, Principal principal,
            RedirectAttributes flash) {
        if (maxChats < 1 || maxChats > AssignmentSettings.MOST_CHATS) {
            flash.addFlashAttribute("problem", messages.get("assignment.maxChats.range", AssignmentSettings.MOST_CHATS));
            return "redirect:/console/admin/assignment";
        }
        settings.change(automatic, maxChats, principal.getName());
        String state = messages.get(automatic ? "assignment.on" : "assignment.off");
        audit.record(principal.getName(), Action.UPDATE, null, "assignmentChanged", state, maxChats);
        flash.addFlashAttribute("done", messages.get("assignment.saved", state, maxChats));
        return "redirect:/console/admin/assignment";
    }
}
