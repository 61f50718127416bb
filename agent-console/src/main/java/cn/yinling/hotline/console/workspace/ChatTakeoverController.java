package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.bot.takeover.AgentReplyResult;
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

/** The reply box and the hand-back button of a taken-over chat; both redirect back to the workspace. */
@Controller
class ChatTakeoverController {

    static final int MAX_REPLY = 2000;

    private final ChatTakeoverActions actions;
    private final SignedInAgent signedIn;
    private final ConsoleMessages messages;
    private final WorkspacePage page;

    ChatTakeoverController(ChatTakeoverActions actions, SignedInAgent signedIn, ConsoleMessages messages,
            WorkspacePage page) {
        this.page = page;
        this.actions = actions;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    @PostMapping("/console/cases/{caseId}/chat/replies")
    String reply(@PathVariable long caseId, @RequestParam(defaultValue = "") String text,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash, Model model,
            HttpServletResponse response) {
        FormDraft tooLong = page.tooLong("chat", "text", text, MAX_REPLY, typed);
        if (tooLong != null) {
            return page.refused(caseId, signedIn.of(principal), tooLong, model, response);
        }
        if (text.isBlank()) {
            return at(caseId, "chat").refused(flash, "chat", typed, "text", messages.get("chat.reply.empty", MAX_REPLY));
        }
        AgentReplyResult result = actions.reply(caseId, signedIn.of(principal), text.strip());
        return said(caseId, "chat", result, "chat.reply.delivered", flash);
    }

    @PostMapping("/console/cases/{caseId}/chat/replies/{messageId}/resend")
    String resend(@PathVariable long caseId, @PathVariable long messageId, Principal principal, RedirectAttributes flash) {
        AgentReplyResult result = actions.resend(caseId, signedIn.of(principal), messageId);
        return said(caseId, "conversation", result, "chat.reply.resent", flash);
    }

    @PostMapping("/console/cases/{caseId}/chat/hand-back")
    String handBack(@PathVariable long caseId, Principal principal, RedirectAttributes flash) {
        actions.handBack(caseId, signedIn.of(principal));
        return at(caseId, "conversation").done(flash, messages.get("chat.handedBack"));
    }

    /** What became of a reply, said where the agent sent it (in the transcript when the chat is gone). */
    private String said(long caseId, String section, AgentReplyResult result, String deliveredKey,
            RedirectAttributes flash) {
        Landing at = at(caseId, section);
        return switch (result.outcome()) {
            case DELIVERED -> at.done(flash, messages.get(deliveredKey));
            case STORED -> at.done(flash, messages.get("chat.reply.stored"));
            case FAILED -> at.problem(flash, messages.get("chat.reply.failed", result.error()));
            case NO_CHAT -> at(caseId, "conversation").problem(flash, messages.get("chat.reply.noChat"));
        };
    }

    private static Landing at(long caseId, String section) {
        return Landing.at("/console/cases/" + caseId, section);
    }
}
