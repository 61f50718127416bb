package cn.yinling.hotline.cases.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One call of a day's check-in for one elder. The schedule is these rows, never memory. */
@Entity
@Table(name = "checkin_attempt")
public class CheckinAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    @Column(name = "checkin_day")
    private LocalDate day;
    private int attempt;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private CheckinState state;
    private String claimedBy;
    private Instant claimedAt;
    private Instant resultAt;
    @Column(name = "case_id")
    private Long caseId;

    protected CheckinAttempt() {
    }

    CheckinAttempt(Long elderId, LocalDate day, int attempt, Instant dueAt) {
        this.elderId = elderId;
        this.day = day;
        this.attempt = attempt;
        this.dueAt = dueAt;
        this.state = CheckinState.PENDING;
    }

    public CheckinId checkinId() {
        return new CheckinId(id);
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getAttempt() {
        return attempt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public CheckinState getState() {
        return state;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getResultAt() {
        return resultAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    /** Back to waiting: the call was claimed but never placed, so it was no attempt. */
    void release() {
        if (state != CheckinState.CALLING) {
            throw new IllegalStateException("Check-in " + id + " is " + state + ", not CALLING");
        }
        this.state = CheckinState.PENDING;
        this.claimedBy = null;
        this.claimedAt = null;
    }

    void finish(CheckinState result, Instant at, Long caseId) {
        if (state != CheckinState.CALLING) {
            throw new IllegalStateException("Check-in " + id + " is " + state + ", not CALLING");
        }
        this.state = result;
        this.resultAt = at;
        this.caseId = caseId;
    }
}
