package cn.yinling.hotline.cases.conversation;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.ElderId;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history of calls and chats, so an agent sees everything an elder said on any channel. */
@Service
public class Conversations {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Clock clock;

    Conversations(ConversationRepository conversations, MessageRepository messages, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Conversation start(Channel channel, String sender, ElderId elderId) {
        return conversations.save(new Conversation(elderId == null ? null : elderId.value(), channel, sender,
                clock.instant()));
    }

    @Transactional
    public Message append(Long conversationId, Turn turn) {
        get(conversationId);
        return messages.save(new Message(conversationId, clock.instant(), turn));
    }

    @Transactional
    public void identify(Long conversationId, ElderId elderId) {
        get(conversationId).identify(elderId.value());
    }

    @Transactional
    public void linkCase(Long conversationId, Long caseId) {
        get(conversationId).linkCase(caseId);
    }

    /** Ends a conversation once; a second end (hang-up after goodbye) keeps the first reason. */
    @Transactional
    public void end(Long conversationId, String reason) {
        get(conversationId).end(reason, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean exists(Long conversationId) {
        return conversations.existsById(conversationId);
    }

    @Transactional(readOnly = true)
    public Conversation get(Long conversationId) {
        return conversations.findById(conversationId)
                .orElseThrow(() -> new NoSuchElementException("No conversation " + conversationId));
    }

    @Transactional(readOnly = true)
    public List<Message> transcript(Long conversationId) {
        return messages.findByConversationIdOrderByAtAscIdAsc(conversationId);
    }

    /** Everything an elder said and was told, on every channel, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> historyOf(ElderId elderId) {
        List<Long> ids = conversations.findByElderIdOrderByStartedAtAsc(elderId.value()).stream()
                .map(Conversation::getId).toList();
        return ids.isEmpty() ? List.of() : messages.findByConversationIdInOrderByAtAscIdAsc(ids);
    }

    @Transactional(readOnly = true)
    public List<Conversation> ofElder(ElderId elderId) {
        return conversations.findByElderIdOrderByStartedAtAsc(elderId.value());
    }
}
