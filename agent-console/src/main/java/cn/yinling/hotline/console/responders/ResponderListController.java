package cn.yinling.hotline.console.responders;

import cn.yinling.hotline.console.Landing;
import cn.yinling.hotline.console.responders.ResponderListEdits.Outcome;
import java.security.Principal;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The responder list on an elder's record page: add a family contact, the community worker or a
 * volunteer, reorder, remove. Every signed-in account, as for the record's other edits. Each form
 * redirects back to the record's responder section.
 */
@Controller
class ResponderListController {

    private static final String BASE = "/console/elders/{elderId}/responders";

    private final ResponderListEdits edits;

    ResponderListController(ResponderListEdits edits) {
        this.edits = edits;
    }

    @PostMapping(BASE + "/family")
    String addFamily(@PathVariable long elderId, @RequestParam(required = false) Long contactId,
            @RequestParam(defaultValue = "") String hours, Principal principal, RedirectAttributes flash) {
        return back(elderId, edits.addFamily(elderId, contactId, hours, principal.getName()), flash);
    }

    @PostMapping(BASE + "/community-worker")
    String addCommunityWorker(@PathVariable long elderId, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String hours,
            Principal principal, RedirectAttributes flash) {
        return back(elderId, edits.addCommunityWorker(elderId, name, phone, hours, principal.getName()), flash);
    }

    @PostMapping(BASE + "/volunteer")
    String addVolunteer(@PathVariable long elderId, @RequestParam(required = false) Long volunteerId,
            Principal principal, RedirectAttributes flash) {
        return back(elderId, edits.addVolunteer(elderId, volunteerId, principal.getName()), flash);
    }

    @PostMapping(BASE + "/{responderId}/up")
    String up(@PathVariable long elderId, @PathVariable long responderId, Principal principal, RedirectAttributes flash) {
        return back(elderId, edits.move(elderId, responderId, -1, principal.getName()), flash);
    }

    @PostMapping(BASE + "/{responderId}/down")
    String down(@PathVariable long elderId, @PathVariable long responderId, Principal principal,
            RedirectAttributes flash) {
        return back(elderId, edits.move(elderId, responderId, 1, principal.getName()), flash);
    }

    @PostMapping(BASE + "/{responderId}/remove")
    String remove(@PathVariable long elderId, @PathVariable long responderId, Principal principal,
            RedirectAttributes flash) {
        return back(elderId, edits.remove(elderId, responderId, principal.getName()), flash);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private static String back(long elderId, Outcome outcome, RedirectAttributes flash) {
        Landing at = Landing.at("/console/elders/" + elderId, "responders");
        return outcome.problem().map(p -> at.problem(flash, p)).orElseGet(() -> at.done(flash, outcome.done()));
    }
}
