package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.callback.Callback;
import cn.yinling.hotline.cases.callback.CallbackId;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ClaimResult;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.security.IdleSessions;
import cn.yinling.hotline.console.security.SignedInAgent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The live queue page, its JSON snapshot and event stream, claiming a case, and cancelling a callback. */
@Controller
@Tag(name = "Console")
class QueueController {

    private final QueueView queue;
    private final QueueStream stream;
    private final ScreenPopStream pops;
    private final Cases cases;
    private final Callbacks callbacks;
    private final ConsoleAudit audit;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;
    private final IdleSessions idle;
    private final Clock clock;

    QueueController(QueueView queue, QueueStream stream, ScreenPopStream pops, Cases cases, Callbacks callbacks,
            ConsoleAudit audit, SignedInAgent signedIn, ConsoleMessages messages, IdleSessions idle, Clock clock) {
        this.callbacks = callbacks;
        this.audit = audit;
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

    @Operation(summary = "The queue now: open cases the agent may see, and callbacks waiting",
            description = "What the queue page shows; `at` is the server time in epoch milliseconds.")
    @GetMapping(path = "/api/console/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    QueueSnapshot snapshot(Principal principal) {
        return new QueueSnapshot(clock.millis(), queue.openCases(signedIn.of(principal)), queue.callbacks());
    }

    @Operation(summary = "Queue changes as server-sent events",
            description = "Each event names what changed; the page then fetches `/api/console/queue`. The stream "
                    + "ends when the console session idles out.")
    @GetMapping(path = "/api/console/queue/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(HttpServletRequest request) {
        return stream.connect(idle.remaining(request.getSession(false)));
    }

    /** The signed-in agent's screen pops: every console page listens, so a call answered anywhere opens its case. */
    @Operation(summary = "The signed-in agent's screen pops as server-sent events",
            description = "A call or chat answered by this agent anywhere opens its case on every console page the "
                    + "agent has open.")
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

    /** Any agent may cancel a callback still waiting for its turn (they phoned the elder themselves, say); audited. */
    @PostMapping("/console/callbacks/{callbackId}/cancel")
    String cancelCallback(@PathVariable long callbackId, Principal principal, RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        CallbackId id = new CallbackId(callbackId);
        Callback c = callbacks.find(id).orElse(null);
        if (c == null || !callbacks.cancel(id, me.getUsername())) {
            flash.addFlashAttribute("problem", messages.get("callback.notCancellable", callbackId));
            return "redirect:/console/queue";
        }
        audit.recordCase(me.getUsername(), Action.UPDATE, c.getElderId() == null ? null : new ElderId(c.getElderId()),
                c.getCaseId(), "callbackCancelled", callbackId, c.getCaseId());
        flash.addFlashAttribute("done", messages.get("callback.cancelledDone", callbackId, c.getCaseId()));
        return "redirect:/console/queue";
    }
}
