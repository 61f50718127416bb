package cn.yinling.hotline.console.emergency;

import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ticking a step of the emergency procedure on a case page; back to the case page either way. */
@Controller
class EmergencyProcedureController {

    private final EmergencyPanels panels;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;

    EmergencyProcedureController(EmergencyPanels panels, SignedInAgent signedIn, ConsoleMessages messages) {
        this.panels = panels;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @PostMapping("/console/cases/{caseId}/procedure")
    String tick(@PathVariable long caseId, @RequestParam(defaultValue = "") String step, Principal principal,
            RedirectAttributes flash) {
        if (!panels.tick(caseId, step, signedIn.of(principal))) {
            flash.addFlashAttribute("problem", messages.get("emergency.procedure.refused"));
        }
        return "redirect:/console/cases/" + caseId + "#emergency";
    }
}
