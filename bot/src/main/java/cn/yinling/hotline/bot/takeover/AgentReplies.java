package cn.yinling.hotline.bot.takeover;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Message;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * An agent's side of a taken-over chat: what they write is recorded in the conversation and
 * delivered on its channel (WeChat customer-service message; the web widget fetches it), and
 * handing the chat back lets the bot answer again.
 */
@Service
public class AgentReplies {

    static final int MAX_TEXT = 2000;

    private final Conversations conversations;
    private final Cases cases;
    private final ObjectProvider<WechatOutbox> wechat;
    private final Messages msg = new Messages();

    AgentReplies(Conversations conversations, Cases cases, ObjectProvider<WechatOutbox> wechat) {
        this.conversations = conversations;
        this.cases = cases;
        this.wechat = wechat;
    }

    /** Replies in the case's open chat as this agent; the result says whether it reached the family member. */
    public AgentReplyResult send(Long caseId, Long agentId, String agentName, String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw new IllegalArgumentException("A reply needs 1 to " + MAX_TEXT + " characters");
        }
        Conversation chat = currentChat(caseId);
        if (chat == null) {
            return AgentReplyResult.noChat();
        }
        String said = msg.text("takeover.agentSays", agentName, text.strip());
        Message recorded = conversations.appendAgentReply(chat.getId(), agentId, said);
        if (chat.getChannel() == Channel.WEB) {
            return AgentReplyResult.stored(recorded.getId());
        }
        WechatOutbox outbox = wechat.getIfAvailable();
        if (outbox == null) {
            return AgentReplyResult.failed(recorded.getId(), -1, "WeChat is not enabled");
        }
        WechatOutbox.Failure failure = outbox.send(chat.getSender(), said);
        return failure == null ? AgentReplyResult.delivered(recorded.getId())
                : AgentReplyResult.failed(recorded.getId(), failure.errcode(), failure.error());
    }

    /** The bot answers the case's chats again (the case stays with the agent). */
    public void handBack(Long caseId) {
        conversations.openChatsOfCase(caseId).forEach(c -> conversations.handBack(c.getId()));
    }

    /** True when a person answers the case's open chat. */
    public boolean isTakenOver(Long caseId) {
        Conversation chat = currentChat(caseId);
        return chat != null && conversations.isTakenOver(chat.getId());
    }

    /** True when the case has an open WeChat or web chat an agent could reply in. */
    public boolean hasChat(Long caseId) {
        return currentChat(caseId) != null;
    }

    /** What agents wrote in the web chat of this session after the given message id. */
    public List<Message> repliesForWebSession(String sessionId, long afterMessageId) {
        return conversations.latestOf(Channel.WEB, sessionId)
                .map(c -> conversations.agentRepliesAfter(c.getId(), afterMessageId))
                .orElse(List.of());
    }

    private Conversation currentChat(Long caseId) {
        cases.get(caseId);
        List<Conversation> chats = conversations.openChatsOfCase(caseId);
        return chats.isEmpty() ? null : chats.get(chats.size() - 1);
    }
}
