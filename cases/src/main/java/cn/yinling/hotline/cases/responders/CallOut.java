package cn.yinling.hotline.cases.responders;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The call-out of one emergency case; its state moves only as {@link CallOutState} allows, by {@link CallOuts}. */
@Entity
@Table(name = "responder_call_out")
public class CallOut {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long elderId;
    @Enumerated(EnumType.STRING)
    private CallOutState state;
    private Instant startedAt;
    private String claimedBy;
    private Instant claimedAt;
    private Instant stalledAt;
    private Instant finishedAt;
    @Version
    private long version;

    protected CallOut() {
    }

    CallOut(Long caseId, Long elderId, Instant at) {
        this.caseId = caseId;
        this.elderId = elderId;
        this.startedAt = at;
        this.state = CallOutState.WAITING;
    }

    void move(CallOutState next, Instant at) {
        if (!state.canBecome(next)) {
            throw new IllegalStateException("Call-out " + id + " is " + state + " and cannot become " + next);
        }
        state = next;
        if (next == CallOutState.WAITING) {
            claimedBy = null;
            claimedAt = null;
        }
        if (next.isOver()) {
            finishedAt = at;
        }
    }

    void stalled(Instant at) {
        stalledAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getElderId() {
        return elderId;
    }

    public CallOutState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getStalledAt() {
        return stalledAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
