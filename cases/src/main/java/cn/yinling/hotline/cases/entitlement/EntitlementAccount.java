package cn.yinling.hotline.cases.entitlement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Whose entitlement under which policy: one elder, or one household for household-scoped
 * policies. It holds no balance; it is the row that bookings lock so that two of them can never
 * spend the same hour.
 */
@Entity
public class EntitlementAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long policyId;
    private Long elderId;
    private Long householdId;

    protected EntitlementAccount() {
    }

    private EntitlementAccount(Long policyId, Long elderId, Long householdId) {
        this.policyId = policyId;
        this.elderId = elderId;
        this.householdId = householdId;
    }

    static EntitlementAccount ofElder(Long policyId, Long elderId) {
        return new EntitlementAccount(policyId, elderId, null);
    }

    static EntitlementAccount ofHousehold(Long policyId, Long householdId) {
        return new EntitlementAccount(policyId, null, householdId);
    }

    public Long getId() {
        return id;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public Long getElderId() {
        return elderId;
    }

    public Long getHouseholdId() {
        return householdId;
    }
}
