package cn.yinling.hotline.cases.callback;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One caller's request to be called back instead of waiting. Its state changes only through the
 * moves {@link CallbackState} allows, each made by {@link Callbacks} under a row lock.
 */
@Entity
@Table(name = "callback_request")
public class Callback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long elderId;
    private String phone;
    private int priority;
    private Instant requestedAt;
    private Instant placeAt;
    private Instant dueAt;
    private boolean chosenTime;
    @Enumerated(EnumType.STRING)
    private CallbackState state;
    private int attempts;
    private String claimedBy;
    private Instant claimedAt;
    private String channelUniqueid;
    private Instant finishedAt;
    private String finishedBy;
    @Version
    private long version;

    protected Callback() {
    }

    /**
     * @param placeAt the caller's place in the line: when they asked (as soon as an agent is free)
     *                or the time they chose
     */
    Callback(Long caseId, Long elderId, String phone, int priority, Instant requestedAt, Instant placeAt,
            boolean chosenTime) {
        this.caseId = caseId;
        this.elderId = elderId;
        this.phone = phone;
        this.priority = priority;
        this.requestedAt = requestedAt;
        this.placeAt = placeAt;
        this.dueAt = placeAt;
        this.chosenTime = chosenTime;
        this.state = CallbackState.REQUESTED;
    }

    public CallbackId callbackId() {
        return new CallbackId(id);
    }

    void claim(String node, Instant at) {
        move(CallbackState.DIALING);
        attempts++;
        claimedBy = node;
        claimedAt = at;
    }

    /** The PBX never got the call (AMI down): no try was made, so it does not count. */
    void notPlaced() {
        move(CallbackState.REQUESTED);
        attempts--;
    }

    void tryAgainAt(Instant at) {
        move(CallbackState.REQUESTED);
        dueAt = at;
    }

    void unreached(Instant at) {
        move(CallbackState.UNREACHED);
        finish(at, Callbacks.ACTOR);
    }

    /** Picked up; {@code uniqueid} is the answered channel's, null when only the PBX's report has come so far. */
    void answered(String uniqueid) {
        move(CallbackState.ANSWERED);
        channelUniqueid = uniqueid;
    }

    /** The callback script runs on channel {@code uniqueid} of a call the PBX already reported answered. */
    void onChannel(String uniqueid) {
        if (state != CallbackState.ANSWERED || channelUniqueid != null) {
            throw new IllegalStateException("Callback " + id + " is " + state + " on " + channelUniqueid);
        }
        channelUniqueid = uniqueid;
    }

    void connected(Instant at) {
        move(CallbackState.CONNECTED);
        finish(at, Callbacks.ACTOR);
    }

    void cancel(String by, Instant at) {
        move(CallbackState.CANCELLED);
        finish(at, by);
    }

    private void finish(Instant at, String by) {
        finishedAt = at;
        finishedBy = by;
    }

    private void move(CallbackState next) {
        if (!state.canBecome(next)) {
            throw new IllegalStateException("Callback " + id + " is " + state + " and cannot become " + next);
        }
        state = next;
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

    public String getPhone() {
        return phone;
    }

    public int getPriority() {
        return priority;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getPlaceAt() {
        return placeAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isChosenTime() {
        return chosenTime;
    }

    public CallbackState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getChannelUniqueid() {
        return channelUniqueid;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFinishedBy() {
        return finishedBy;
    }
}
