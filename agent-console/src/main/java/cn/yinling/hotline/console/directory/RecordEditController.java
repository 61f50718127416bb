package cn.yinling.hotline.console.directory;

import cn.yinling.hotline.console.ConsoleMessages;
import java.security.Principal;
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
    String phones(@PathVariable long elderId, @RequestParam(defaultValue = "") String phones, Principal principal,
            RedirectAttributes flash) {
        return outcome(elderId, edits.phones(elderId, phones, principal.getName()), "edit.phones.saved", flash);
    }

    @PostMapping("/console/elders/{elderId}/address")
    String address(@PathVariable long elderId, @RequestParam(defaultValue = "") String address, Principal principal,
            RedirectAttributes flash) {
        return outcome(elderId, edits.address(elderId, address, principal.getName()), "edit.address.saved", flash);
    }

    @PostMapping("/console/elders/{elderId}/situation")
    String situation(@PathVariable long elderId, SituationForm form, Principal principal, RedirectAttributes flash) {
        return outcome(elderId, edits.situation(elderId, form.living(), form.flags(), form.healthNotes(),
                principal.getName()), "edit.situation.saved", flash);
    }

    @PostMapping("/console/elders/{elderId}/family")
    String addContact(@PathVariable long elderId, ContactForm form, Principal principal, RedirectAttributes flash) {
        return outcome(elderId, edits.addContact(elderId, form.name(), form.relation(), form.phone(), form.consent(),
                principal.getName()), "edit.family.added", flash);
    }

    @PostMapping("/console/elders/{elderId}/family/{contactId}")
    String changeContact(@PathVariable long elderId, @PathVariable long contactId, ContactForm form,
            Principal principal, RedirectAttributes flash) {
        return outcome(elderId, edits.changeContact(elderId, contactId, form.name(), form.relation(), form.phone(),
                form.consent(), principal.getName()), "edit.family.changed", flash);
    }

    @PostMapping("/console/elders/{elderId}/family/{contactId}/remove")
    String removeContact(@PathVariable long elderId, @PathVariable long contactId, Principal principal,
            RedirectAttributes flash) {
        return outcome(elderId, edits.removeContact(elderId, contactId, principal.getName()), "edit.family.removed",
                flash);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private String outcome(long elderId, Optional<String> problem, String doneKey, RedirectAttributes flash) {
        problem.ifPresentOrElse(p -> flash.addFlashAttribute("problem", p),
                () -> flash.addFlashAttribute("done", messages.get(doneKey)));
        return "redirect:/console/elders/" + elderId;
    }
}
