package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.emergency.EmergencyPanels;
import cn.yinling.hotline.console.replies.ReplyPicker;
import cn.yinling.hotline.console.sla.SlaClock;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case workspace page, shown after a GET or, with HTTP 400, in answer to a form whose text is
 * longer than the record keeps: then the agent sees what they typed again with the problem beside
 * the field (a redirect would lose it), and nothing was stored or cut.
 */
@Component
class WorkspacePage {

    private final CaseFiles files;
    private final CaseActions actions;
    private final Cases cases;
    private final ChatTakeoverActions chat;
    private final ConsoleMessages messages;
    private final EmergencyPanels emergencies;
    private final SlaClock sla;
    private final ReplyPicker cannedReplies;

    WorkspacePage(CaseFiles files, CaseActions actions, Cases cases, ChatTakeoverActions chat, ConsoleMessages messages,
            EmergencyPanels emergencies, SlaClock sla, ReplyPicker cannedReplies) {
        this.sla = sla;
        this.cannedReplies = cannedReplies;
        this.emergencies = emergencies;
        this.files = files;
        this.actions = actions;
        this.cases = cases;
        this.chat = chat;
        this.messages = messages;
    }

    String show(long caseId, Agent me, FormDraft draft, Model model) {
        CaseFile file = files.of(caseId);
        actions.viewed(caseId, me);
        model.addAttribute("file", file);
        model.addAttribute("canAct", actions.mayAct(cases.get(caseId), me));
        model.addAttribute("sla", sla.read(cases.get(caseId)));
        ChatTakeoverActions.ChatPanel panel = chat.panel(caseId, me);
        model.addAttribute("chat", panel);
        model.addAttribute("cannedReplies", panel.mayReply() ? cannedReplies.forCase(caseId, me) : List.of());
        model.addAttribute("emergency", emergencies.of(caseId, me).orElse(null));
        model.addAttribute("services", files.services());
        model.addAttribute("wrapUpCodes", Arrays.asList(WrapUpCode.values()));
        model.addAttribute("outcomes", Arrays.asList(ComplaintOutcome.values()));
        model.addAttribute("draft", draft);
        String typedKey = draft.value("booking", "requestKey");
        model.addAttribute("requestKey", typedKey != null ? typedKey : "console-" + UUID.randomUUID());
        return "console/workspace";
    }

    /**
     * The draft to show again when the text typed into {@code field} of {@code form} is longer than
     * {@code max} (after trimming, as it would be stored); null when it fits.
     */
    FormDraft tooLong(String form, String field, String text, int max, Map<String, String> typed) {
        if (text == null || text.strip().length() <= max) {
            return null;
        }
        return new FormDraft(form, Map.copyOf(typed), field, messages.get("form.tooLong",
                messages.get("form.field." + form + "." + field), max, text.strip().length()));
    }

    /** The page again with the refused form as typed, answered 400. */
    String refused(long caseId, Agent me, FormDraft draft, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(caseId, me, draft, model);
    }
}
