package cn.yinling.hotline.console.replies;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.cannedreply.CannedReply;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import java.util.NoSuchElementException;
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

/**
 * The canned replies page: the list, a form to add one, and editing or deleting those the agent may
 * change. A refused form comes back with HTTP 400, as typed, the problem beside each field.
 */
@Controller
class CannedReplyController {

    private final ReplyBook book;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;

    CannedReplyController(ReplyBook book, SignedInAgent signedIn, ConsoleMessages messages) {
        this.book = book;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @GetMapping("/console/replies")
    String page(@RequestParam(required = false) Long edit, Principal principal, Model model) {
        Agent me = signedIn.of(principal);
        ReplyForm form = edit == null ? ReplyForm.empty() : book.formOf(me, edit);
        return show(me, form, edit, Map.of(), model);
    }

    @PostMapping("/console/replies")
    String create(@RequestParam(defaultValue = "") String shortcut, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean shared,
            Principal principal, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Agent me = signedIn.of(principal);
        ReplyForm form = new ReplyForm(shortcut, title, body, shared);
        Map<String, String> problems = book.create(me, form);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(me, form, null, problems, model);
        }
        flash.addFlashAttribute("done", messages.get("replies.added", form.shortcut()));
        return "redirect:/console/replies";
    }

    @PostMapping("/console/replies/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String shortcut,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
            Principal principal, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Agent me = signedIn.of(principal);
        ReplyForm form = new ReplyForm(shortcut, title, body, false);
        Map<String, String> problems = book.update(me, id, form);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(me, form, id, problems, model);
        }
        flash.addFlashAttribute("done", messages.get("replies.saved", form.shortcut()));
        return "redirect:/console/replies";
    }

    @PostMapping("/console/replies/{id}/delete")
    String delete(@PathVariable long id, Principal principal, RedirectAttributes flash) {
        String shortcut = book.delete(signedIn.of(principal), id);
        flash.addFlashAttribute("done", messages.get("replies.deleted", shortcut));
        return "redirect:/console/replies";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private String show(Agent me, ReplyForm form, Long editing, Map<String, String> problems, Model model) {
        model.addAttribute("replies", book.visibleTo(me));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        model.addAttribute("variables", ReplyBook.variables());
        model.addAttribute("maxShortcut", CannedReply.MAX_SHORTCUT);
        model.addAttribute("maxTitle", CannedReply.MAX_TITLE);
        model.addAttribute("maxBody", CannedReply.MAX_BODY);
        return "console/replies";
    }
}
