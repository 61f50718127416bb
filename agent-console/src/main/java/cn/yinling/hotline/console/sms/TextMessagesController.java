package cn.yinling.hotline.console.sms;

import cn.yinling.hotline.cases.sms.TextMessageState;
import cn.yinling.hotline.console.ConsoleMessages;
import java.security.Principal;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 短信: the newest messages by state, one message in full, and "retry" for a FAILED one. */
@Controller
class TextMessagesController {

    static final String PATH = "/console/supervisor/sms";

    private final TextMessageDesk desk;
    private final ConsoleMessages messages;

    TextMessagesController(TextMessageDesk desk, ConsoleMessages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "") String state, Model model) {
        Optional<TextMessageState> filter = Arrays.stream(TextMessageState.values())
                .filter(s -> s.name().equals(state)).findFirst();
        model.addAttribute("status", desk.status());
        model.addAttribute("counts", desk.counts());
        model.addAttribute("states", TextMessageState.values());
        model.addAttribute("state", filter.map(Enum::name).orElse(""));
        model.addAttribute("rows", desk.latest(filter));
        return "console/sms";
    }

    @GetMapping(PATH + "/{id}")
    String message(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("m", desk.open(id, principal.getName()));
        model.addAttribute("status", desk.status());
        return "console/sms-message";
    }

    @PostMapping(PATH + "/{id}/retry")
    String retry(@PathVariable long id, Principal principal, RedirectAttributes flash) {
        if (desk.retry(id, principal.getName())) {
            flash.addFlashAttribute("done", messages.get("textMessages.retried", id));
        } else {
            flash.addFlashAttribute("problem", messages.get("textMessages.notFailed", id));
        }
        return "redirect:" + PATH + "?state=FAILED";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }
}
