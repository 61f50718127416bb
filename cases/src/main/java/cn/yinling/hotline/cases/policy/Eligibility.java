package cn.yinling.hotline.cases.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which policy applies to an elder, from when to when (valid_to inclusive, open-ended when null), who
 * decided it and why. One ended the day before it began (withdrawn the day it was made) covers no day.
 */
@Entity
public class Eligibility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private Long policyId;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private EnrolmentSource source = EnrolmentSource.ENROLMENT;
    private String startReason;
    private String startedBy;
    private Instant startedAt;
    private String endReason;
    private String endedBy;
    private Instant endedAt;

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

    /** Decided by the rules or by staff, with the reason shown on the elder's record. */
    public static Eligibility decided(Long elderId, Long policyId, LocalDate validFrom, EnrolmentSource source,
            String reason, String actor, Instant at) {
        Eligibility e = new Eligibility(elderId, policyId, validFrom, null);
        e.source = source;
        e.startReason = reason;
        e.startedBy = actor;
        e.startedAt = at;
        return e;
    }

    /** Ends it on {@code lastDay} (the day before {@link #getValidFrom()} withdraws it), saying why. */
    public void end(LocalDate lastDay, String reason, String actor, Instant at) {
        this.validTo = lastDay.isBefore(validFrom) ? validFrom.minusDays(1) : lastDay;
        this.endReason = reason;
        this.endedBy = actor;
        this.endedAt = at;
    }

    public boolean withdrawn() {
        return validTo != null && validTo.isBefore(validFrom);
    }

    /** Open on {@code day} or later: not ended before it. */
    public boolean openOn(LocalDate day) {
        return validTo == null || !validTo.isBefore(day);
    }

    public boolean coversDay(LocalDate day) {
        return !withdrawn() && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(BenefitPeriod period) {
        return !withdrawn() && !validFrom.isAfter(period.end()) && (validTo == null || !validTo.isBefore(period.start()));
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

    public EnrolmentSource getSource() {
        return source;
    }

    public String getStartReason() {
        return startReason;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public void endOn(LocalDate day) {
        this.validTo = day;
    }
}
