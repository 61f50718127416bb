package cn.yinling.hotline.cases.conversation;

import static cn.yinling.hotline.cases.durable.DurabilityConfiguration.BOOKKEEPING;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.ElderId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history of calls and chats, so an agent sees everything an elder said on any channel. */
@Service
public class Conversations {

    /** How long a line may take from being said to being committed (the writer's batch, a retry) and still be shown live. */
    static final Duration LATE_LINES_LOOKBACK = Duration.ofSeconds(30);

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Clock clock;
    private final TranscriptWriter transcripts;
    private final JdbcTemplate jdbc;

    Conversations(ConversationRepository conversations, MessageRepository messages, Clock clock,
            TranscriptWriter transcripts, DataSource dataSource) {
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
        this.transcripts = transcripts;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Transactional(transactionManager = BOOKKEEPING)
    public Conversation start(Channel channel, String sender, ElderId elderId) {
        return conversations.save(new Conversation(elderId == null ? null : elderId.value(), channel, sender,
                clock.instant()));
    }

    public Message append(Long conversationId, Turn turn) {
        // Not in a transaction while it waits: the writer needs a connection of the same pool.
        transcripts.flush(); // after the turns recorded before it, in time and in id
        get(conversationId);
        return messages.save(new Message(conversationId, clock.instant(), turn));
    }

    /**
     * Records turns of a conversation that has started, in order, without waiting for the database:
     * they are written within milliseconds in batches (see {@link TranscriptWriter}); this node's
     * reads below wait for them. The dialog engine records every turn this way.
     */
    public void record(Long conversationId, Turn... turns) {
        for (Turn turn : turns) {
            transcripts.write(conversationId, clock.instant(), turn);
        }
    }

    @Transactional(transactionManager = BOOKKEEPING)
    public void identify(Long conversationId, ElderId elderId) {
        get(conversationId).identify(elderId.value());
    }

    @Transactional(transactionManager = BOOKKEEPING)
    public void linkCase(Long conversationId, Long caseId) {
        get(conversationId).linkCase(caseId);
    }

    /** Ends a conversation once; a second end (hang-up after goodbye) keeps the first reason. */
    @Transactional(transactionManager = BOOKKEEPING)
    public void end(Long conversationId, String reason) {
        get(conversationId).end(reason, clock.instant());
    }

    /** Marks a chat as answered by this agent: the bot no longer answers its messages (emergencies aside). */
    @Transactional
    public void takeOver(Long conversationId, Long agentId) {
        get(conversationId).takeOver(java.util.Objects.requireNonNull(agentId, "agentId"), clock.instant());
    }

    /** The bot answers this chat again. */
    @Transactional
    public void handBack(Long conversationId) {
        get(conversationId).handBack();
    }

    @Transactional(readOnly = true)
    public boolean isTakenOver(Long conversationId) {
        return conversations.findById(conversationId).map(Conversation::isTakenOver).orElse(false);
    }

    /** The chat (WeChat or web) conversations of a case that have not ended, oldest first. */
    @Transactional(readOnly = true)
    public List<Conversation> openChatsOfCase(Long caseId) {
        return conversations.findByCaseId(caseId).stream()
                .filter(c -> c.getChannel() == Channel.WECHAT || c.getChannel() == Channel.WEB)
                .filter(c -> c.getEndedAt() == null)
                .sorted(java.util.Comparator.comparing(Conversation::getStartedAt).thenComparing(Conversation::getId))
                .toList();
    }

    /** Records what an agent wrote in a taken-over chat. */
    public Message appendAgentReply(Long conversationId, Long agentId, String text) {
        transcripts.flush();
        get(conversationId);
        return messages.save(Message.byAgent(conversationId, clock.instant(), agentId, text));
    }

    /** Records what became of an agent's reply (delivered, stored for the web chat, or failed and why). */
    @Transactional
    public Message markDelivery(Long messageId, Delivery outcome, String problem) {
        Message m = messages.findById(messageId).orElseThrow(() -> new IllegalArgumentException("no message " + messageId));
        if (m.getAgentId() == null) {
            throw new IllegalArgumentException("message " + messageId + " is not an agent's reply");
        }
        m.delivered(outcome, problem);
        return m;
    }

    @Transactional(readOnly = true)
    public Optional<Message> message(Long messageId) {
        return messages.findById(messageId);
    }

    /** What agents wrote in a conversation after the given message id (0 for all), in order. */
    @Transactional(readOnly = true)
    public List<Message> agentRepliesAfter(Long conversationId, long afterMessageId) {
        return messages.findByConversationIdAndAgentIdIsNotNullAndIdGreaterThanOrderByIdAsc(conversationId,
                afterMessageId);
    }

    /**
     * A live transcript's next lines: every message of a conversation after the given message id (0
     * for all), and also those said in the last {@link #LATE_LINES_LOOKBACK} whatever their id, in id
     * order; the reader skips the ones it has. Ids are taken when a row is inserted, and rows commit
     * out of id order (this node's transcript batch and an agent's reply, other nodes' batches), so
     * a line can become visible after one with a higher id was read: asking only for ids above the
     * newest one read would lose it for good.
     */
    public List<Message> messagesAfter(Long conversationId, long afterMessageId) {
        transcripts.flush(); // like transcript(): this node's recorded turns first, without holding a connection
        return messages.findNewOrRecent(conversationId, afterMessageId, clock.instant().minus(LATE_LINES_LOOKBACK));
    }

    /** The most recent conversation of a sender on a channel (a web chat session id, an openid). */
    @Transactional(readOnly = true)
    public java.util.Optional<Conversation> latestOf(Channel channel, String sender) {
        return conversations.findFirstByChannelAndSenderOrderByIdDesc(channel, sender);
    }

    /**
     * Who answers the conversation now; empty when it no longer exists. Every dialog turn asks, so
     * it is one indexed query outside any transaction rather than an entity loaded in one.
     */
    public Optional<Handling> handling(Long conversationId) {
        List<Handling> found = jdbc.query("select taken_over_by from conversation where id = ?",
                (rs, row) -> rs.getObject(1) == null ? Handling.BOT : Handling.PERSON, conversationId);
        return found.stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Conversation get(Long conversationId) {
        return conversations.findById(conversationId)
                .orElseThrow(() -> new NoSuchElementException("No conversation " + conversationId));
    }

    public List<Message> transcript(Long conversationId) {
        transcripts.flush();
        return messages.findByConversationIdOrderByAtAscIdAsc(conversationId);
    }

    /** Everything an elder said and was told, on every channel, oldest first. */
    public List<Message> historyOf(ElderId elderId) {
        transcripts.flush();
        List<Long> ids = conversations.findByElderIdOrderByStartedAtAsc(elderId.value()).stream()
                .map(Conversation::getId).toList();
        return ids.isEmpty() ? List.of() : messages.findByConversationIdInOrderByAtAscIdAsc(ids);
    }

    @Transactional(readOnly = true)
    public List<Conversation> ofElder(ElderId elderId) {
        return conversations.findByElderIdOrderByStartedAtAsc(elderId.value());
    }
}
