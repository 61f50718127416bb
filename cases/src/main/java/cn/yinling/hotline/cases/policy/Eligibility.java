package cn.yinling.hotline.cases.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Which policy applies to an elder, from when to when (valid_to inclusive, open-ended when null). */
@Entity
public class Eligibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private Long policyId;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected Eligibility() {
    }

    public Eligibility(Long elderId, Long policyId, LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Eligibility ends before it starts");
        }
        this.elderId = elderId;
        this.policyId = policyId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(BenefitPeriod period) {
        return !validFrom.isAfter(period.end()) && (validTo == null || !validTo.isBefore(period.start()));
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

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void endOn(LocalDate day) {
        this.validTo = day;
    }
}
