package cn.yinling.hotline.cases.eligibility;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Staff overruling the rules for one elder and policy, with a reason; in force until removed, then kept as history. */
@Entity
public class EligibilityOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private Long policyId;
    @Enumerated(EnumType.STRING)
    private OverrideEffect effect;
    private String reason;
    private String createdBy;
    private Instant createdAt;
    private String removedBy;
    private Instant removedAt;
    private String removalReason;

    protected EligibilityOverride() {
    }

    EligibilityOverride(Long elderId, Long policyId, OverrideEffect effect, String reason, String createdBy,
            Instant createdAt) {
        this.elderId = elderId;
        this.policyId = policyId;
        this.effect = effect;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void remove(String by, String why, Instant at) {
        this.removedBy = by;
        this.removalReason = why;
        this.removedAt = at;
    }

    public boolean inForce() {
        return removedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public OverrideEffect getEffect() {
        return effect;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
