package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** A WeChat user's request to act for an elder, finished by a one-time code that reached the elder. */
@Entity
public class BindingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String openid;
    private Long elderId;
    private String relation;
    private boolean notifyConsent;
    private String codeHash;
    @Enumerated(EnumType.STRING)
    private BindingState state;
    private int attempts;
    private Instant lockedUntil;
    private String approvedBy;
    private Instant codeIssuedAt;
    private Long familyContactId;
    private Instant createdAt;
    private Instant expiresAt;

    protected BindingRequest() {
    }

    BindingRequest(String openid, ElderId elderId, String relation, boolean notifyConsent, Instant now,
            Duration validity) {
        this.openid = openid;
        this.elderId = elderId.value();
        this.relation = relation;
        this.notifyConsent = notifyConsent;
        this.state = BindingState.PENDING_CODE;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** Stores a fresh code's hash (replacing any earlier one) and restarts the validity. */
    void issue(OneTimeCode code, String approvedBy, Instant now, Duration validity) {
        requirePending(now);
        this.codeHash = code.hash();
        this.approvedBy = approvedBy;
        this.codeIssuedAt = now;
        this.expiresAt = now.plus(validity);
    }

    boolean isOpen(Instant now) {
        return state == BindingState.PENDING_CODE && now.isBefore(expiresAt);
    }

    boolean codeIssued() {
        return codeHash != null;
    }

    boolean accepts(String typed) {
        return OneTimeCode.matches(typed, codeHash);
    }

    void wrongCode(Instant senderLockedUntil) {
        attempts++;
        lockedUntil = senderLockedUntil;
    }

    void approved(Long familyContactId) {
        this.state = BindingState.APPROVED;
        this.familyContactId = familyContactId;
        this.codeHash = null;
    }

    void expire() {
        if (state == BindingState.PENDING_CODE) {
            state = BindingState.EXPIRED;
            codeHash = null;
        }
    }

    private void requirePending(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("Binding request " + id + " is " + (state == BindingState.PENDING_CODE
                    ? "expired" : state));
        }
    }

    public Long getId() {
        return id;
    }

    public String getOpenid() {
        return openid;
    }

    public ElderId elderId() {
        return new ElderId(elderId);
    }

    public String getRelation() {
        return relation;
    }

    public boolean isNotifyConsent() {
        return notifyConsent;
    }

    public BindingState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getCodeIssuedAt() {
        return codeIssuedAt;
    }

    public Long getFamilyContactId() {
        return familyContactId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
