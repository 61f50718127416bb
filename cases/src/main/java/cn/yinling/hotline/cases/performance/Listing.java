package cn.yinling.hotline.cases.performance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A worker or provider put forward for the red or the black list for one assessed month, with the
 * figures that triggered it; it takes effect only once a supervisor approves it.
 */
@Entity
@Table(name = "standing_listing")
public class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;
    private long subjectId;
    @Enumerated(EnumType.STRING)
    private ListKind listKind;
    private LocalDate assessedMonth;
    private LocalDate windowStart;
    private String ruleKeys;
    private String reason;
    private int visits;
    private int checkedIn;
    private int onTime;
    private int rated;
    private int ratingSum;
    private int satisfied;
    private int upheld;
    @Enumerated(EnumType.STRING)
    private ListingState state;
    private Instant proposedAt;
    private String proposedBy;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionReason;
    private Instant liftedAt;
    private String liftedBy;
    private String liftReason;
    @Version
    private long version;

    protected Listing() {
    }

    Listing(SubjectKind kind, long subjectId, ListKind list, YearMonth month, YearMonth windowStart, String ruleKeys,
            String reason, Figures f, String actor, Instant now) {
        this.subjectKind = kind;
        this.subjectId = subjectId;
        this.listKind = list;
        this.assessedMonth = month.atDay(1);
        this.windowStart = windowStart.atDay(1);
        this.ruleKeys = ruleKeys;
        this.reason = reason;
        this.visits = f.visits();
        this.checkedIn = f.checkedIn();
        this.onTime = f.onTime();
        this.rated = f.rated();
        this.ratingSum = f.ratingSum();
        this.satisfied = f.satisfied();
        this.upheld = f.upheld();
        this.state = ListingState.PROPOSED;
        this.proposedAt = now;
        this.proposedBy = actor;
    }

    void decide(ListingState to, String why, String actor, Instant now) {
        move(to);
        this.decidedAt = now;
        this.decidedBy = actor;
        this.decisionReason = why;
    }

    void lift(String why, String actor, Instant now) {
        if (listKind != ListKind.BLACK) {
            throw new IllegalStateException("only a black listing is lifted");
        }
        move(ListingState.LIFTED);
        this.liftedAt = now;
        this.liftedBy = actor;
        this.liftReason = why;
    }

    private void move(ListingState to) {
        if (!state.mayBecome(to)) {
            throw new IllegalStateException("listing " + id + " is " + state + ", cannot become " + to);
        }
        this.state = to;
    }

    /** Whether this listing bars its subject from new work now: an approved black listing not lifted. */
    public boolean bars() {
        return listKind == ListKind.BLACK && state == ListingState.APPROVED;
    }

    public Figures figures() {
        return new Figures(visits, checkedIn, onTime, rated, ratingSum, satisfied, upheld);
    }

    public Long getId() {
        return id;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public ListKind getListKind() {
        return listKind;
    }

    public YearMonth getAssessedMonth() {
        return YearMonth.from(assessedMonth);
    }

    public YearMonth getWindowStart() {
        return YearMonth.from(windowStart);
    }

    public String getRuleKeys() {
        return ruleKeys;
    }

    public String getReason() {
        return reason;
    }

    public ListingState getState() {
        return state;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }
}
