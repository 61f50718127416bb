package cn.yinling.hotline.cases.visit;

import cn.yinling.hotline.cases.dispatch.WorkOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One visit as proven at the door (V26 + V29): arrival and departure with their proof, the elder's
 * rating or problem, and where its consumption stands ({@link Consumption}). State changes are the
 * methods below, called by {@link DoorCheckins} and {@link VisitDecisions} only.
 */
@Entity
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workOrderId;
    private Long bookingId;
    private Long workerId;
    private Long elderId;
    private Instant arrivedAt;
    @Enumerated(EnumType.STRING)
    private Proof arrivalProof;
    private String arrivalPhone;
    private String arrivalRecordedBy;
    private Instant leftAt;
    @Enumerated(EnumType.STRING)
    private Proof departureProof;
    private String departurePhone;
    private String departureRecordedBy;
    private Integer elderRating;
    private boolean problemReported;
    @Enumerated(EnumType.STRING)
    private Consumption consumption;
    private Integer recordedMinutes;
    private Integer consumedMinutes;
    @Enumerated(EnumType.STRING)
    private HoldReason heldBecause;
    private Long complaintCaseId;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    private Instant updatedAt;
    @Version
    private long version;

    protected Visit() {
    }

    Visit(WorkOrder order, Instant now) {
        this.workOrderId = order.getId();
        this.bookingId = order.getBookingId();
        this.workerId = order.getWorkerId();
        this.elderId = order.getElderId();
        this.consumption = Consumption.OPEN;
        this.updatedAt = now;
    }

    boolean hasArrived() {
        return arrivedAt != null;
    }

    boolean hasLeft() {
        return leftAt != null;
    }

    void arrive(Instant at, Proof proof, String phone, String staff) {
        this.arrivedAt = at;
        this.arrivalProof = proof;
        this.arrivalPhone = phone;
        this.arrivalRecordedBy = staff;
        this.updatedAt = at;
    }

    /** Records the departure; the consumption waits for the elder's key, or for staff when a hold is asked. */
    void leave(Instant at, Proof proof, String phone, String staff, Instant now) {
        this.leftAt = at;
        this.departureProof = proof;
        this.departurePhone = phone;
        this.departureRecordedBy = staff;
        this.recordedMinutes = (int) Math.max(0, Duration.between(arrivedAt, at).toMinutes());
        this.consumption = heldBecause != null ? Consumption.HELD : Consumption.LEFT;
        this.updatedAt = now;
    }

    void rated(int stars, Instant now) {
        this.elderRating = stars;
        this.updatedAt = now;
    }

    /** A problem or a complaint: an unsettled visit is held (at once, or at its departure). */
    void hold(HoldReason reason, Long caseId, Instant now) {
        if (heldBecause == null || reason == HoldReason.PROBLEM) {
            this.heldBecause = reason;
        }
        if (reason == HoldReason.PROBLEM) {
            this.problemReported = true;
        }
        if (caseId != null && complaintCaseId == null) {
            this.complaintCaseId = caseId;
        }
        if (consumption == Consumption.LEFT) {
            this.consumption = Consumption.HELD;
        }
        this.updatedAt = now;
    }

    void consumed(int minutes, Instant now) {
        this.consumedMinutes = minutes;
        this.consumption = Consumption.CONSUMED;
        this.updatedAt = now;
    }

    void decided(Consumption outcome, Integer minutes, String staff, String reason, Instant now) {
        this.consumption = outcome;
        this.consumedMinutes = minutes;
        this.decidedBy = staff;
        this.decidedAt = now;
        this.decisionReason = reason;
        this.updatedAt = now;
    }

    /** The weaker of the arrival's and departure's proof: how far the visit as a whole is proven. */
    public Proof proof() {
        if (arrivalProof == null) {
            return departureProof;
        }
        return arrivalProof.weaker(departureProof);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkOrderId() {
        return workOrderId;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Long getElderId() {
        return elderId;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Proof getArrivalProof() {
        return arrivalProof;
    }

    public String getArrivalPhone() {
        return arrivalPhone;
    }

    public String getArrivalRecordedBy() {
        return arrivalRecordedBy;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Proof getDepartureProof() {
        return departureProof;
    }

    public String getDeparturePhone() {
        return departurePhone;
    }

    public String getDepartureRecordedBy() {
        return departureRecordedBy;
    }

    public Integer getElderRating() {
        return elderRating;
    }

    public boolean isProblemReported() {
        return problemReported;
    }

    public Consumption getConsumption() {
        return consumption;
    }

    public Integer getRecordedMinutes() {
        return recordedMinutes;
    }

    public Integer getConsumedMinutes() {
        return consumedMinutes;
    }

    public HoldReason getHeldBecause() {
        return heldBecause;
    }

    public Long getComplaintCaseId() {
        return complaintCaseId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
