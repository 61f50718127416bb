package cn.yinling.hotline.console.voice;

import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.Landing;
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

/** The voice and reminder form on an elder's record page, for every signed-in account, as the other record edits. */
@Controller
class VoicePreferenceController {

    private final VoiceEdits edits;
    private final ConsoleMessages messages;

    VoicePreferenceController(VoiceEdits edits, ConsoleMessages messages) {
        this.edits = edits;
        this.messages = messages;
    }

    @PostMapping("/console/elders/{elderId}/voice")
    String change(@PathVariable long elderId, @RequestParam(defaultValue = "") String pace,
            @RequestParam(defaultValue = "") String promptSet, @RequestParam(defaultValue = "false") boolean reminderCalls,
            Principal principal, RedirectAttributes flash) {
        Optional<String> problem = edits.change(elderId, pace, promptSet, reminderCalls, principal.getName());
        Landing at = Landing.at("/console/elders/" + elderId, "voice");
        return problem.map(p -> at.problem(flash, p)).orElseGet(() -> at.done(flash, messages.get("voice.saved")));
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }
}
