package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.bot.takeover.AgentReplyResult;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.Landing;
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
 * written on the case's timeline and never sent on a channel. Same rules as the separate endpoints:
 * a reply only by the holder of an open chat, a note by the holder or a supervisor. The agent lands
 * back on the box ({@code #composer}) with the result said there.
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
        Landing at = Landing.at("/console/cases/" + caseId, "composer");
        Mode m = "REPLY".equals(mode) ? Mode.REPLY : "NOTE".equals(mode) ? Mode.NOTE : null;
        if (m == null) {
            return at.refused(flash, "composer", typed, "", messages.get("ws.composer.modeRequired"));
        }
        int max = m == Mode.REPLY ? ChatTakeoverController.MAX_REPLY : Cases.MAX_NOTE;
        FormDraft tooLong = page.tooLong("composer", "text", text, max, typed);
        if (tooLong != null) {
            return page.refused(caseId, me, tooLong, model, response);
        }
        if (text.isBlank()) {
            return at.refused(flash, "composer", typed, "text", m == Mode.REPLY
                    ? messages.get("chat.reply.empty", max) : messages.get("note.empty"));
        }
        if (m == Mode.NOTE) {
            actions.addNote(caseId, me, text.strip());
            return at.done(flash, messages.get("note.added"));
        }
        AgentReplyResult result = chat.reply(caseId, me, text.strip());
        return switch (result.outcome()) {
            case DELIVERED -> at.done(flash, messages.get("chat.reply.delivered"));
            case STORED -> at.done(flash, messages.get("chat.reply.stored"));
            case FAILED -> at.problem(flash, messages.get("chat.reply.failed", result.error()));
            case NO_CHAT -> Landing.at("/console/cases/" + caseId, "conversation")
                    .problem(flash, messages.get("chat.reply.noChat"));
        };
    }
}
