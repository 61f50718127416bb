package cn.yinling.hotline.cases.entitlement;

import cn.yinling.hotline.cases.policy.BenefitPeriod;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One immutable movement on an entitlement account, in the policy's unit, within one validity window. */
@Entity
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private LedgerKind kind;
    private long amount;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private Long bookingId;
    private String reason;
    private String dedupKey;
    private String createdBy;
    private Instant createdAt;

    protected LedgerEntry() {
    }

    LedgerEntry(Long accountId, LedgerKind kind, long amount, BenefitPeriod window, Long bookingId, String reason,
            String dedupKey, String createdBy, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.amount = amount;
        this.windowStart = window.start();
        this.windowEnd = window.end();
        this.bookingId = bookingId;
        this.reason = reason;
        this.dedupKey = dedupKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public long getAmount() {
        return amount;
    }

    public BenefitPeriod window() {
        return new BenefitPeriod(windowStart, windowEnd);
    }

    String getDedupKey() {
        return dedupKey;
    }

    public Long getBookingId() {
        return bookingId;
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
}
