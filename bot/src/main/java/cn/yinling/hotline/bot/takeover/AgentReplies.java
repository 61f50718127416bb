package cn.yinling.hotline.bot.takeover;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Delivery;
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
    /** Our own code for "no WeChat on this node" (WeChat's are positive, -1 is its "system busy"). */
    private static final int NOT_ENABLED = -2;

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
        return deliver(chat, recorded);
    }

    /**
     * Sends an undelivered reply of this case's chat again (the same words, the same transcript line);
     * a reply that arrived already, or one of another case, is not sent twice.
     */
    public AgentReplyResult resend(Long caseId, Long messageId) {
        Conversation chat = currentChat(caseId);
        Message m = conversations.message(messageId).orElse(null);
        if (chat == null || m == null || !chat.getId().equals(m.getConversationId()) || m.getAgentId() == null) {
            return AgentReplyResult.noChat();
        }
        if (m.getDelivery() != Delivery.FAILED) {
            return m.getDelivery() == Delivery.STORED ? AgentReplyResult.stored(m.getId()) : AgentReplyResult.delivered(m.getId());
        }
        return deliver(chat, m);
    }

    private AgentReplyResult deliver(Conversation chat, Message m) {
        if (chat.getChannel() == Channel.WEB) {
            conversations.markDelivery(m.getId(), Delivery.STORED, null);
            return AgentReplyResult.stored(m.getId());
        }
        WechatOutbox outbox = wechat.getIfAvailable();
        WechatOutbox.Failure failure = outbox == null ? new WechatOutbox.Failure(NOT_ENABLED, "WeChat is not enabled")
                : outbox.send(chat.getSender(), m.getText());
        if (failure == null) {
            conversations.markDelivery(m.getId(), Delivery.DELIVERED, null);
            return AgentReplyResult.delivered(m.getId());
        }
        String problem = problem(failure.errcode());
        conversations.markDelivery(m.getId(), Delivery.FAILED, problem);
        return AgentReplyResult.failed(m.getId(), failure.errcode(), problem);
    }

    /** WeChat's refusal in words an agent can act on; its own message (often an exception's) stays in the log. */
    private String problem(int errcode) {
        String known = switch (errcode) {
            case NOT_ENABLED -> "takeover.failed.notEnabled";
            case -1 -> "takeover.failed.unreachable";
            case 45015 -> "takeover.failed.window";
            case 43004 -> "takeover.failed.unsubscribed";
            case 45047 -> "takeover.failed.tooMany";
            case 40001, 40014, 42001 -> "takeover.failed.credential";
            default -> null;
        };
        return known != null ? msg.text(known) : msg.text("takeover.failed.other", errcode);
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

    /**
     * What the web chat widget of this session fetches: the agent's replies after the given message id,
     * each one sent and waiting (STORED) marked DELIVERED now that the visitor's page has it.
     */
    public List<Message> takenByWebChat(String sessionId, long afterMessageId) {
        List<Message> replies = repliesForWebSession(sessionId, afterMessageId);
        replies.stream().filter(m -> m.getDelivery() == Delivery.STORED)
                .forEach(m -> conversations.markDelivery(m.getId(), Delivery.DELIVERED, null));
        return replies;
    }

    private Conversation currentChat(Long caseId) {
        cases.get(caseId);
        List<Conversation> chats = conversations.openChatsOfCase(caseId);
        return chats.isEmpty() ? null : chats.get(chats.size() - 1);
    }
}
