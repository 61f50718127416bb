package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A piece of work for a person: a complaint, an emergency, a hand-over, a check-in alert or a follow-up. */
@Entity
public class CareCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    @Enumerated(EnumType.STRING)
    private CaseType type;
    private int priority;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String subject;
    @Enumerated(EnumType.STRING)
    private ComplaintType complaintType;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private Long bookingId;
    private Long workerId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Instant dueAt;
    private Long assigneeId;
    private String wrapUpCode;
    private Instant createdAt;
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private ComplaintOutcome complaintOutcome;
    private String complaintRemedy;
    private Instant outcomeAt;
    /** Where an unidentified caller's open case came from; cleared once the case is done (V12). */
    private String anonymousSource;
    /**
     * How far an unclaimed emergency has been escalated (V18: 0 none, 1 supervisors, 2 everyone).
     * Never written through the entity: only the conditional update of
     * {@link CareCaseRepository#escalateIfUnclaimed} raises it, so a stale copy saved later cannot lower it.
     */
    @Column(insertable = false, updatable = false)
    private int escalationLevel;
    /** How the agent met the caller of a case they opened by hand (V34); null for every other case. */
    @Enumerated(EnumType.STRING)
    private ContactWay contactWay;
    /** An unregistered caller's number (normalised digits) on a case opened by hand (V34). */
    private String callerPhone;
    @Version
    private long version;

    protected CareCase() {
    }

    CareCase(Long elderId, CaseType type, Priority priority, String subject, Channel channel, Instant createdAt,
            Instant dueAt) {
        this.elderId = elderId;
        this.type = type;
        this.priority = priority.level();
        this.status = CaseStatus.OPEN;
        this.subject = subject;
        this.channel = channel;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    void complaintDetails(ComplaintType complaintType, Severity severity, Long bookingId, Long workerId) {
        this.complaintType = complaintType;
        this.severity = severity;
        this.bookingId = bookingId;
        this.workerId = workerId;
    }

    void escalate(Priority to, Instant dueAt) {
        if (to.level() < this.priority) {
            this.priority = to.level();
        }
        if (dueAt.isBefore(this.dueAt)) {
            this.dueAt = dueAt;
        }
    }

    void assignTo(Long agentId) {
        this.assigneeId = agentId;
        this.status = CaseStatus.CLAIMED;
    }

    void recordOutcome(ComplaintOutcome outcome, String remedy, Instant at) {
        this.complaintOutcome = outcome;
        this.complaintRemedy = remedy;
        this.outcomeAt = at;
    }

    void cameFrom(String anonymousSource) {
        this.anonymousSource = anonymousSource;
    }

    /** A case an agent opened by hand: held by them from the start, with how they met the caller. */
    void openedByHand(ContactWay way, String callerPhone, Long agentId) {
        this.contactWay = way;
        this.callerPhone = callerPhone;
        assignTo(agentId);
    }

    void resolve() {
        this.status = CaseStatus.RESOLVED;
        this.anonymousSource = null;
    }

    void close(String wrapUpCode, Instant at) {
        this.status = CaseStatus.CLOSED;
        this.anonymousSource = null;
        this.wrapUpCode = wrapUpCode;
        this.closedAt = at;
    }

    public CaseId caseId() {
        return new CaseId(id);
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public CaseType getType() {
        return type;
    }

    public Priority priority() {
        return Priority.ofLevel(priority);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public ComplaintType getComplaintType() {
        return complaintType;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getWrapUpCode() {
        return wrapUpCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ComplaintOutcome getComplaintOutcome() {
        return complaintOutcome;
    }

    public String getComplaintRemedy() {
        return complaintRemedy;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public ContactWay getContactWay() {
        return contactWay;
    }

    public String getCallerPhone() {
        return callerPhone;
    }
}
