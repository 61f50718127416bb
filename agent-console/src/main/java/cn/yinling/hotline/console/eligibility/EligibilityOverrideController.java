package cn.yinling.hotline.console.eligibility;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.eligibility.Enrolments;
import cn.yinling.hotline.cases.eligibility.OverrideEffect;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.Landing;
import java.security.Principal;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supervisor overrules the eligibility rules for an elder (enrol although they say no, exclude
 * although they say yes) or removes such a decision, always with a reason. Under the supervisor
 * paths, so agents are refused; the change and its reason are audited by {@link Enrolments}.
 */
@Controller
class EligibilityOverrideController {

    private final Enrolments enrolments;
    private final Elders elders;
    private final ConsoleMessages messages;

    EligibilityOverrideController(Enrolments enrolments, Elders elders, ConsoleMessages messages) {
        this.enrolments = enrolments;
        this.elders = elders;
        this.messages = messages;
    }

    @PostMapping("/console/supervisor/elders/{elderId}/eligibility")
    String override(@PathVariable long elderId, @RequestParam(defaultValue = "") String policy,
            @RequestParam(defaultValue = "") String effect, @RequestParam(defaultValue = "") String reason,
            Principal principal, RedirectAttributes flash) {
        ElderId id = elders.get(new ElderId(elderId)).elderId();
        OverrideEffect chosen = Arrays.stream(OverrideEffect.values()).filter(e -> e.name().equals(effect)).findFirst()
                .orElse(null);
        return outcome(elderId, enrolments.override(id, policy, chosen, reason, principal.getName()),
                "enrol.override.saved", flash);
    }

    @PostMapping("/console/supervisor/elders/{elderId}/eligibility/{overrideId}/remove")
    String remove(@PathVariable long elderId, @PathVariable long overrideId,
            @RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes flash) {
        ElderId id = elders.get(new ElderId(elderId)).elderId();
        return outcome(elderId, enrolments.removeOverride(id, overrideId, reason, principal.getName()),
                "enrol.override.removed", flash);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private String outcome(long elderId, Optional<Enrolments.Problem> problem, String doneKey, RedirectAttributes flash) {
        Landing at = Landing.at("/console/elders/" + elderId, "enrolments");
        return problem.map(p -> at.problem(flash, messages.get("enrol.problem." + p.name())))
                .orElseGet(() -> at.done(flash, messages.get(doneKey)));
    }
}
