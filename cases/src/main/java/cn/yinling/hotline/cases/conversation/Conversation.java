package cn.yinling.hotline.cases.conversation;

import cn.yinling.hotline.cases.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One call or chat session with its messages; linked to the elder (when known) and to a case on hand-over. */
@Entity
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String sender;
    private Long caseId;
    private Instant startedAt;
    private Instant endedAt;
    private String endReason;
    private Long takenOverBy;
    private Instant takenOverAt;

    protected Conversation() {
    }

    Conversation(Long elderId, Channel channel, String sender, Instant startedAt) {
        this.elderId = elderId;
        this.channel = channel;
        this.sender = sender;
        this.startedAt = startedAt;
    }

    void identify(Long elderId) {
        this.elderId = elderId;
    }

    void linkCase(Long caseId) {
        this.caseId = caseId;
    }

    void end(String reason, Instant at) {
        if (endedAt == null) {
            this.endedAt = at;
            this.endReason = reason;
        }
    }

    void takeOver(Long agentId, Instant at) {
        if (!agentId.equals(takenOverBy)) {
            this.takenOverBy = agentId;
            this.takenOverAt = at;
        }
    }

    void handBack() {
        this.takenOverBy = null;
        this.takenOverAt = null;
    }

    /** A person answers this chat; the bot stays silent (except for emergencies) until it is handed back. */
    public boolean isTakenOver() {
        return takenOverBy != null;
    }

    public Long getTakenOverBy() {
        return takenOverBy;
    }

    public Instant getTakenOverAt() {
        return takenOverAt;
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSender() {
        return sender;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
