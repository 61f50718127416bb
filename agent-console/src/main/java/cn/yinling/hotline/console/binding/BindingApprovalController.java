package cn.yinling.hotline.console.binding;

import cn.yinling.hotline.console.ConsoleMessages;
import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Binding approval for every signed-in account (AGENT, SUPERVISOR, ADMIN): the list of requests and
 * the approve button, whose code is shown once on the page after the redirect.
 */
@Controller
class BindingApprovalController {

    private final BindingApprovals approvals;
    private final ConsoleMessages messages;

    BindingApprovalController(BindingApprovals approvals, ConsoleMessages messages) {
        this.approvals = approvals;
        this.messages = messages;
    }

    @GetMapping("/console/bindings")
    String list(Model model) {
        model.addAttribute("requests", approvals.awaiting());
        return "console/bindings";
    }

    @PostMapping("/console/bindings/{requestId}/approve")
    String approve(@PathVariable long requestId, Principal principal, RedirectAttributes flash) {
        Optional<IssuedCode> issued = approvals.approve(requestId, principal.getName());
        if (issued.isPresent()) {
            flash.addFlashAttribute("issued", issued.get());
        } else {
            flash.addFlashAttribute("problem", messages.get("binding.notAwaiting", requestId));
        }
        return "redirect:/console/bindings";
    }
}
