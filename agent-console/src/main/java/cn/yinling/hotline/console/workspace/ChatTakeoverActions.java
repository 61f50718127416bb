package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.bot.takeover.AgentReplyResult;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.console.ConsoleMessages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Replying in a taken-over chat and handing it back: only the agent who holds the open case. */
@Service
class ChatTakeoverActions {

    private final Cases cases;
    private final AgentReplies replies;
    private final ConsoleMessages messages;

    ChatTakeoverActions(Cases cases, AgentReplies replies, ConsoleMessages messages) {
        this.cases = cases;
        this.replies = replies;
        this.messages = messages;
    }

    /** What the workspace shows of the case's chat, for this agent. */
    ChatPanel panel(long caseId, Agent agent) {
        boolean hasChat = replies.hasChat(caseId);
        return new ChatPanel(hasChat && holds(cases.get(caseId), agent), hasChat && replies.isTakenOver(caseId));
    }

    AgentReplyResult reply(long caseId, Agent agent, String text) {
        requireHolder(caseId, agent);
        AgentReplyResult result = replies.send(caseId, agent.getId(), agent.getDisplayName(), text);
        cases.addNote(caseId, agent.getUsername(), replyNote(result, text));
        return result;
    }

    /**
     * The timeline's line about a reply: the reply itself when it fits the note with its heading;
     * otherwise its beginning, marked as such: the whole reply is in the transcript, and a reply that
     * was just delivered must not fail on its note.
     */
    private String replyNote(AgentReplyResult result, String text) {
        String outcome = messages.get("chat.outcome." + result.outcome());
        String note = messages.get("chat.note.reply", outcome, text);
        if (note.length() <= Cases.MAX_NOTE) {
            return note;
        }
        String more = messages.get("chat.note.replyContinues");
        int room = Cases.MAX_NOTE - (note.length() - text.length()) - more.length();
        return messages.get("chat.note.reply", outcome, text.substring(0, room) + more);
    }

    /** Sends an undelivered reply again; only the holder, only a reply of this case's chat. */
    AgentReplyResult resend(long caseId, Agent agent, long messageId) {
        requireHolder(caseId, agent);
        AgentReplyResult result = replies.resend(caseId, messageId);
        if (result.outcome() != AgentReplyResult.Outcome.NO_CHAT) {
            cases.addNote(caseId, agent.getUsername(), messages.get("chat.note.resent", messages.get("chat.outcome." + result.outcome())));
        }
        return result;
    }

    void handBack(long caseId, Agent agent) {
        requireHolder(caseId, agent);
        replies.handBack(caseId);
        cases.addNote(caseId, agent.getUsername(), messages.get("chat.note.handedBack"));
    }

    private void requireHolder(long caseId, Agent agent) {
        if (!holds(cases.get(caseId), agent)) {
            throw new AccessDeniedException("Case " + caseId + " is not held by " + agent.getUsername());
        }
    }

    private static boolean holds(CareCase c, Agent agent) {
        return c.getStatus().isOpen() && agent.getId().equals(c.getAssigneeId());
    }

    /** {@code mayReply}: the agent holds the case and it has an open chat; {@code withAgent}: the bot is silent. */
    record ChatPanel(boolean mayReply, boolean withAgent) {
    }
}
