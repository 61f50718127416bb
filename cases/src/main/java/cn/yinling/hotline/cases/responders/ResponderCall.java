package cn.yinling.hotline.cases.responders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One responder of a call-out, as the list stood when it started, and what became of calling them. */
@Entity
@Table(name = "responder_call")
public class ResponderCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long callOutId;
    @Column(name = "position")
    private int position;
    @Enumerated(EnumType.STRING)
    private ResponderKind kind;
    private Long volunteerId;
    private String fullName;
    private String relation;
    private String phone;
    private String hours;
    @Enumerated(EnumType.STRING)
    private CallState state;
    private Instant calledAt;
    private Instant endedAt;
    private String outcome;

    protected ResponderCall() {
    }

    ResponderCall(Long callOutId, int position, ResponderKind kind, Long volunteerId, String fullName, String relation,
            String phone, OnCallHours hours) {
        this.callOutId = callOutId;
        this.position = position;
        this.kind = kind;
        this.volunteerId = volunteerId;
        this.fullName = fullName;
        this.relation = relation;
        this.phone = phone;
        this.hours = hours.text();
        this.state = CallState.PENDING;
    }

    void calling(Instant at) {
        require(CallState.PENDING);
        state = CallState.CALLING;
        calledAt = at;
    }

    /** The call was never placed (the dialer failed to send it): they were not called. */
    void notPlaced() {
        require(CallState.CALLING);
        state = CallState.PENDING;
        calledAt = null;
    }

    void ended(CallState result, String outcome, Instant at) {
        require(CallState.CALLING);
        state = result;
        this.outcome = outcome;
        endedAt = at;
    }

    void skipped(String why, Instant at) {
        require(CallState.PENDING);
        state = CallState.SKIPPED;
        outcome = why;
        endedAt = at;
    }

    private void require(CallState expected) {
        if (state != expected) {
            throw new IllegalStateException("Responder call " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCallOutId() {
        return callOutId;
    }

    public int getPosition() {
        return position;
    }

    public ResponderKind getKind() {
        return kind;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getRelation() {
        return relation;
    }

    public String getPhone() {
        return phone;
    }

    public OnCallHours hours() {
        return OnCallHours.parse(hours);
    }

    public CallState getState() {
        return state;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
