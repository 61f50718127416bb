package cn.yinling.hotline.console.clicktocall;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.Landing;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Click-to-call from a case (the button names the number by key, never the number), the agent's own
 * phone for it (我的分机), and an admin setting it for an account.
 */
@Controller
class ClickToCallController {

    private final CaseCalls calls;
    private final AgentPhones phones;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;

    ClickToCallController(CaseCalls calls, AgentPhones phones, SignedInAgent signedIn, ConsoleMessages messages) {
        this.calls = calls;
        this.phones = phones;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @PostMapping("/console/cases/{caseId}/calls")
    String call(@PathVariable long caseId, @RequestParam(required = false) String target, Principal principal,
            RedirectAttributes flash) {
        CaseCalls.Result result = calls.call(caseId, target, signedIn.of(principal));
        Landing back = Landing.at("/console/cases/" + caseId, "calls");
        return result.outcome() == CaseCalls.Outcome.RINGING ? back.done(flash, result.message())
                : back.problem(flash, result.message());
    }

    @GetMapping("/console/me/phone")
    String myPhone(Principal principal, Model model) {
        return page(signedIn.of(principal), null, model);
    }

    @PostMapping("/console/me/phone")
    String setMyPhone(@RequestParam(defaultValue = "") String phone, Principal principal, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Agent me = signedIn.of(principal);
        if (!phones.setOwn(me, phone)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", messages.get("phone.invalid"));
            return page(me, phone, model);
        }
        flash.addFlashAttribute("done", phone.isBlank() ? messages.get("phone.cleared")
                : messages.get("phone.saved", phone.strip()));
        return "redirect:/console/me/phone";
    }

    @PostMapping("/console/admin/accounts/{agentId}/phone")
    String setPhone(@PathVariable long agentId, @RequestParam(defaultValue = "") String phone, Principal principal,
            RedirectAttributes flash) {
        if (phones.setByAdmin(agentId, phone, signedIn.of(principal))) {
            flash.addFlashAttribute("done", messages.get("phone.adminSaved", phones.get(agentId).getDisplayName(),
                    phone.isBlank() ? messages.get("phone.unset") : phone.strip()));
        } else {
            flash.addFlashAttribute("problem", messages.get("phone.invalid.admin"));
        }
        return "redirect:/console/admin/accounts";
    }

    private String page(Agent me, String typed, Model model) {
        model.addAttribute("typed", typed != null ? typed : me.getPhoneExtension() == null ? "" : me.getPhoneExtension());
        model.addAttribute("queueInterface", me.getQueueInterface());
        model.addAttribute("extension", me.getPhoneExtension());
        return "console/my-phone";
    }
}
