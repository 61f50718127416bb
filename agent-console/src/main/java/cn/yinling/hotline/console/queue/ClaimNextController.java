package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 领取下一个 (the keyboard's {@code n}): claims the first waiting case in the queue's order (priority,
 * then waiting time) and opens it. Each claim is the queue's atomic one; a case a colleague took a
 * moment earlier is passed over for the next.
 */
@Controller
class ClaimNextController {

    private final Cases cases;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;

    ClaimNextController(Cases cases, SignedInAgent signedIn, ConsoleMessages messages) {
        this.cases = cases;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @PostMapping("/console/queue/claim-next")
    String claimNext(Principal principal, RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        for (CareCase c : cases.queue()) {
            if (c.getStatus() == CaseStatus.OPEN && c.getAssigneeId() == null
                    && cases.claim(c.getId(), me.getId(), me.getUsername()).claimed()) {
                flash.addFlashAttribute("done", messages.get("claimNext.claimed", c.getId()));
                return "redirect:/console/cases/" + c.getId();
            }
        }
        flash.addFlashAttribute("problem", messages.get("claimNext.none"));
        return "redirect:/console/queue";
    }
}
