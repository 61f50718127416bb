package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.bot.takeover.AgentReplyResult;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's one box for a reply to the family member and an internal note, switched by
 * {@code mode}: the server, not the page, decides where the text goes, so a note is only ever
 * written on the case's timeline and never sent on a channel. Same rules as the separate forms:
 * a reply only by the holder of an open chat, a note by the holder or a supervisor.
 */
@Controller
class ComposerController {

    enum Mode { REPLY, NOTE }

    private final ChatTakeoverActions chat;
    private final CaseActions actions;
    private final WorkspacePage page;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;

    ComposerController(ChatTakeoverActions chat, CaseActions actions, WorkspacePage page, SignedInAgent signedIn,
            ConsoleMessages messages) {
        this.chat = chat;
        this.actions = actions;
        this.page = page;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @PostMapping("/console/cases/{caseId}/composer")
    String send(@PathVariable long caseId, @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String text, @RequestParam Map<String, String> typed, Principal principal,
            RedirectAttributes flash, Model model, HttpServletResponse response) {
        Agent me = signedIn.of(principal);
        Mode m = "REPLY".equals(mode) ? Mode.REPLY : "NOTE".equals(mode) ? Mode.NOTE : null;
        if (m == null) {
            flash.addFlashAttribute("problem", messages.get("ws.composer.modeRequired"));
            return back(caseId);
        }
        int max = m == Mode.REPLY ? ChatTakeoverController.MAX_REPLY : Cases.MAX_NOTE;
        FormDraft tooLong = page.tooLong("composer", "text", text, max, typed);
        if (tooLong != null) {
            return page.refused(caseId, me, tooLong, model, response);
        }
        if (text.isBlank()) {
            flash.addFlashAttribute("problem", m == Mode.REPLY ? messages.get("chat.reply.empty", max)
                    : messages.get("note.empty"));
            return back(caseId);
        }
        if (m == Mode.NOTE) {
            actions.addNote(caseId, me, text.strip());
            flash.addFlashAttribute("done", messages.get("note.added"));
            return back(caseId);
        }
        AgentReplyResult result = chat.reply(caseId, me, text.strip());
        switch (result.outcome()) {
            case DELIVERED -> flash.addFlashAttribute("done", messages.get("chat.reply.delivered"));
            case STORED -> flash.addFlashAttribute("done", messages.get("chat.reply.stored"));
            case FAILED -> flash.addFlashAttribute("problem", messages.get("chat.reply.failed", result.error()));
            case NO_CHAT -> flash.addFlashAttribute("problem", messages.get("chat.reply.noChat"));
        }
        return back(caseId);
    }

    private static String back(long caseId) {
        return "redirect:/console/cases/" + caseId + "#composer";
    }
}
