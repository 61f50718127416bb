package cn.yinling.hotline.cases.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One call the agents' queue saw (or the IVR handed to it), keyed by the Asterisk Uniqueid of the
 * caller's channel. The IVR fills in the case; the AMI queue events fill in the rest.
 */
@Entity
public class QueueCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String uniqueid;
    private Long caseId;
    private Long elderId;
    private String callerNumber;
    private Integer priority;
    private String queueName;
    private Instant handedOverAt;
    private Instant joinedAt;
    private Instant answeredAt;
    private Instant endedAt;
    private Long agentId;
    private String memberName;
    private Integer waitSeconds;
    private Integer talkSeconds;
    private String callerChannel;
    private String agentChannel;
    @Enumerated(EnumType.STRING)
    private QueueCallOutcome outcome;
    @Version
    private long version;

    protected QueueCall() {
    }

    QueueCall(String uniqueid) {
        this.uniqueid = uniqueid;
        this.outcome = QueueCallOutcome.HANDED_OVER;
    }

    void handedOver(Long caseId, Long elderId, String callerNumber, Integer priority, Instant at) {
        this.caseId = caseId;
        this.elderId = elderId;
        this.callerNumber = callerNumber;
        this.priority = priority;
        this.handedOverAt = at;
    }

    /** QueueCallerJoin; a repeated join (the dialplan queued the call again) keeps the first time. */
    void joined(String queue, String callerNumber, Instant at) {
        this.queueName = queue;
        if (this.callerNumber == null) {
            this.callerNumber = callerNumber;
        }
        if (joinedAt == null) {
            joinedAt = at;
        }
        if (outcome == QueueCallOutcome.HANDED_OVER) {
            outcome = QueueCallOutcome.WAITING;
        }
    }

    /** QueueCallerLeave while still waiting; {@code waitSeconds} so far, in case no answer follows. */
    void left(Instant at) {
        if (outcome == QueueCallOutcome.WAITING || outcome == QueueCallOutcome.HANDED_OVER) {
            outcome = QueueCallOutcome.LEFT;
            endedAt = at;
            if (joinedAt != null) {
                waitSeconds = (int) Math.max(0, java.time.Duration.between(joinedAt, at).toSeconds());
            }
        }
    }

    void answered(Long agentId, String memberName, int waitSeconds, Instant at) {
        answered(agentId, memberName, waitSeconds, at, null, null);
    }

    /** AgentConnect; the channels (Channel, DestChannel) let a supervisor join the live call. */
    void answered(Long agentId, String memberName, int waitSeconds, Instant at, String callerChannel,
            String agentChannel) {
        this.callerChannel = callerChannel;
        this.agentChannel = agentChannel;
        this.agentId = agentId;
        this.memberName = memberName;
        this.waitSeconds = waitSeconds;
        this.answeredAt = at;
        this.endedAt = null;
        this.outcome = QueueCallOutcome.ANSWERED;
    }

    void completed(int talkSeconds, Instant at) {
        this.talkSeconds = talkSeconds;
        this.endedAt = at;
        this.outcome = QueueCallOutcome.COMPLETED;
    }

    void abandoned(int waitSeconds, Instant at) {
        this.waitSeconds = waitSeconds;
        this.endedAt = at;
        this.outcome = QueueCallOutcome.ABANDONED;
    }

    /** The queue this call was in; calls seen only through AMI events without a queue join report here too. */
    void inQueue(String queue) {
        if (queueName == null) {
            queueName = queue;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUniqueid() {
        return uniqueid;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getElderId() {
        return elderId;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public Integer getPriority() {
        return priority;
    }

    public String getQueueName() {
        return queueName;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getMemberName() {
        return memberName;
    }

    public Integer getWaitSeconds() {
        return waitSeconds;
    }

    public Integer getTalkSeconds() {
        return talkSeconds;
    }

    /** The caller's channel as Asterisk named it (AgentConnect {@code Channel}); null before an answer. */
    public String getCallerChannel() {
        return callerChannel;
    }

    /** The answering agent's channel (AgentConnect {@code DestChannel}); null before an answer. */
    public String getAgentChannel() {
        return agentChannel;
    }

    public QueueCallOutcome getOutcome() {
        return outcome;
    }
}
