package cn.yinling.hotline.cases.conversation;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One turn of a conversation: what was said or keyed, and what the NLU made of it. What a caller
 * said is kept with ID and mobile numbers masked ({@link PersonalNumbers#inText}): the transcript is
 * for agents to read, and the elder's record has what they need.
 */
@Entity
public class Message {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long conversationId;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private String text;
    private String dtmf;
    private String intent;
    private Double confidence;
    private String slots;
    private Long agentId;
    @Enumerated(EnumType.STRING)
    private Delivery delivery;
    private String deliveryProblem;

    protected Message() {
    }

    Message(Long conversationId, Instant at, Turn turn) {
        this.conversationId = conversationId;
        this.at = at;
        this.direction = turn.direction();
        String said = turn.direction() == Direction.IN ? PersonalNumbers.inText(turn.text()) : turn.text();
        this.text = said == null || said.length() <= MAX_TEXT ? said : said.substring(0, MAX_TEXT);
        this.dtmf = turn.direction() == Direction.IN ? PersonalNumbers.inText(turn.dtmf()) : turn.dtmf();
        this.intent = turn.intent();
        this.confidence = turn.confidence();
        this.slots = turn.slots();
    }

    static Message byAgent(Long conversationId, Instant at, Long agentId, String text) {
        Message m = new Message(conversationId, at, Turn.outgoing(text));
        m.agentId = agentId;
        return m;
    }

    /** For an agent's reply: whether it reached the other side; null for every other message. */
    public Delivery getDelivery() {
        return delivery;
    }

    /** Why a FAILED reply did not arrive, in words for the agent. */
    public String getDeliveryProblem() {
        return deliveryProblem;
    }

    void delivered(Delivery outcome, String problem) {
        this.delivery = outcome;
        this.deliveryProblem = problem == null || problem.length() <= 200 ? problem : problem.substring(0, 200);
    }

    /** The agent who wrote this outgoing message; null when the bot (or the caller) did. */
    public Long getAgentId() {
        return agentId;
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Instant getAt() {
        return at;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getText() {
        return text;
    }

    public String getDtmf() {
        return dtmf;
    }

    public String getIntent() {
        return intent;
    }

    public Double getConfidence() {
        return confidence;
    }

    public String getSlots() {
        return slots;
    }
}
