package cn.yinling.hotline.console.supervision;

import cn.yinling.hotline.cases.supervision.MonitorMode;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The live calls page and joining one (supervisors and admins only, see the security chain). */
@Controller
class LiveCallsController {

    private final LiveCalls calls;
    private final LiveCallListening listening;
    private final SignedInAgent signedIn;

    LiveCallsController(LiveCalls calls, LiveCallListening listening, SignedInAgent signedIn) {
        this.calls = calls;
        this.listening = listening;
        this.signedIn = signedIn;
    }

    @GetMapping("/console/supervisor/calls")
    String page(Model model) {
        model.addAttribute("calls", calls.now());
        model.addAttribute("modes", MonitorMode.values());
        return "console/calls";
    }

    @PostMapping("/console/supervisor/calls/{callId}/monitor")
    String monitor(@PathVariable long callId, @RequestParam MonitorMode mode, Principal principal,
            RedirectAttributes flash) {
        LiveCallListening.Result result = listening.join(callId, mode, signedIn.of(principal));
        flash.addFlashAttribute(result.outcome() == LiveCallListening.Outcome.RINGING ? "done" : "problem",
                result.message());
        return "redirect:/console/supervisor/calls";
    }
}
