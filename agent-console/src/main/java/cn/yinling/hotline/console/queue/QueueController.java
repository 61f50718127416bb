package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ClaimResult;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.IdleSessions;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The live queue page, its JSON snapshot and event stream, and claiming a case. */
@Controller
class QueueController {

    private final QueueView queue;
    private final QueueStream stream;
    private final ScreenPopStream pops;
    private final Cases cases;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;
    private final IdleSessions idle;
    private final Clock clock;

    QueueController(QueueView queue, QueueStream stream, ScreenPopStream pops, Cases cases, SignedInAgent signedIn,
            ConsoleMessages messages, IdleSessions idle, Clock clock) {
        this.pops = pops;
        this.idle = idle;
        this.clock = clock;
        this.queue = queue;
        this.stream = stream;
        this.cases = cases;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @GetMapping("/console/queue")
    String page() {
        return "console/queue";
    }

    @GetMapping(path = "/api/console/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    QueueSnapshot snapshot(Principal principal) {
        return new QueueSnapshot(clock.millis(), queue.openCases(signedIn.of(principal)));
    }

    @GetMapping(path = "/api/console/queue/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(HttpServletRequest request) {
        return stream.connect(idle.remaining(request.getSession(false)));
    }

    /** The signed-in agent's screen pops: every console page listens, so a call answered anywhere opens its case. */
    @GetMapping(path = "/api/console/me/pops", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter screenPops(Principal principal, HttpServletRequest request) {
        return pops.connect(signedIn.of(principal).getId(), idle.remaining(request.getSession(false)));
    }

    @PostMapping("/console/cases/{caseId}/claim")
    String claim(@PathVariable long caseId, Principal principal, RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        ClaimResult result = cases.claim(caseId, me.getId(), me.getUsername());
        if (result.claimed()) {
            return "redirect:/console/cases/" + caseId;
        }
        flash.addFlashAttribute("problem", result.holderId() == null
                ? messages.get("claim.notOpen", caseId)
                : messages.get("claim.heldBy", caseId, queue.holderName(result.holderId())));
        return "redirect:/console/queue";
    }
}
