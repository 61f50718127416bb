package cn.yinling.hotline.console.directory;

import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.Landing;
import java.security.Principal;
import java.util.Map;
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

/** The edit forms of an elder's record page; each redirects back to the record with what happened. */
@Controller
class RecordEditController {

    private final RecordEdits edits;
    private final ConsoleMessages messages;

    RecordEditController(RecordEdits edits, ConsoleMessages messages) {
        this.edits = edits;
        this.messages = messages;
    }

    @PostMapping("/console/elders/{elderId}/phones")
    String phones(@PathVariable long elderId, @RequestParam(defaultValue = "") String phones,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash) {
        return outcome(elderId, "edit-phones", "phones", typed, edits.phones(elderId, phones, principal.getName()),
                "edit.phones.saved", flash);
    }

    @PostMapping("/console/elders/{elderId}/address")
    String address(@PathVariable long elderId, @RequestParam(defaultValue = "") String address,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash) {
        return outcome(elderId, "edit-address", "address", typed, edits.address(elderId, address, principal.getName()),
                "edit.address.saved", flash);
    }

    @PostMapping("/console/elders/{elderId}/situation")
    String situation(@PathVariable long elderId, SituationForm form, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash) {
        return outcome(elderId, "edit-situation", "", typed, edits.situation(elderId, form.living(), form.flags(),
                form.healthNotes(), principal.getName()), "edit.situation.saved", flash);
    }

    @PostMapping("/console/elders/{elderId}/family")
    String addContact(@PathVariable long elderId, ContactForm form, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash) {
        return outcome(elderId, "add-contact", "", typed, edits.addContact(elderId, form.name(), form.relation(),
                form.phone(), form.consent(), principal.getName()), "edit.family.added", flash);
    }

    @PostMapping("/console/elders/{elderId}/family/{contactId}")
    String changeContact(@PathVariable long elderId, @PathVariable long contactId, ContactForm form,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash) {
        return outcome(elderId, "contact-" + contactId, "", typed, edits.changeContact(elderId, contactId, form.name(),
                form.relation(), form.phone(), form.consent(), principal.getName()), "edit.family.changed", flash);
    }

    @PostMapping("/console/elders/{elderId}/family/{contactId}/remove")
    String removeContact(@PathVariable long elderId, @PathVariable long contactId, Principal principal,
            RedirectAttributes flash) {
        Landing at = Landing.at("/console/elders/" + elderId, "family");
        return edits.removeContact(elderId, contactId, principal.getName()).map(p -> at.problem(flash, p))
                .orElseGet(() -> at.done(flash, messages.get("edit.family.removed")));
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    /**
     * Back to the form acted on (its id is the section): said done there, or refused with what was typed
     * kept, the problem beside {@code field} ("" : at the top of the form).
     */
    private String outcome(long elderId, String form, String field, Map<String, String> typed,
            Optional<String> problem, String doneKey, RedirectAttributes flash) {
        Landing at = Landing.at("/console/elders/" + elderId, form);
        return problem.map(p -> at.refused(flash, form, typed, field, p))
                .orElseGet(() -> at.done(flash, messages.get(doneKey)));
    }
}
