package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.booking.Booking;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The order to one worker to serve one booking (派工单): who goes, to whom, when, for how long, and
 * the visit code the worker may key at the door. It follows its booking; every change that the
 * worker must hear of raises the revision.
 */
@Entity
public class WorkOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long bookingId;
    private Long elderId;
    private Long serviceId;
    private Long workerId;
    private Long providerId;
    private LocalDateTime startsAt;
    private int durationMinutes;
    private String visitCode;
    @Enumerated(EnumType.STRING)
    private WorkOrderState state;
    private int revision;
    private Instant issuedAt;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected WorkOrder() {
    }

    WorkOrder(Booking booking, Long providerId, String visitCode, String actor, Instant now) {
        this.bookingId = booking.getId();
        this.elderId = booking.getElderId();
        this.serviceId = booking.getServiceId();
        this.workerId = booking.getWorkerId();
        this.providerId = providerId;
        this.startsAt = booking.getStartsAt();
        this.durationMinutes = booking.getDurationMinutes();
        this.visitCode = visitCode;
        this.state = WorkOrderState.ISSUED;
        this.revision = 1;
        this.issuedAt = now;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Whether the booking's worker, time or length differ from this order's. */
    boolean differsFrom(Booking booking) {
        return !workerId.equals(booking.getWorkerId()) || !startsAt.equals(booking.getStartsAt())
                || durationMinutes != booking.getDurationMinutes();
    }

    void follow(Booking booking, Long newProviderId, String newVisitCode, String actor, Instant now) {
        this.workerId = booking.getWorkerId();
        this.providerId = newProviderId;
        this.startsAt = booking.getStartsAt();
        this.durationMinutes = booking.getDurationMinutes();
        this.visitCode = newVisitCode;
        this.state = WorkOrderState.ISSUED;
        changed(actor, now);
    }

    void end(WorkOrderState endState, String actor, Instant now) {
        this.state = endState;
        changed(actor, now);
    }

    private void changed(String actor, Instant now) {
        this.revision++;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public Long getId() {
        return id;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public Long getElderId() {
        return elderId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getVisitCode() {
        return visitCode;
    }

    public WorkOrderState getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
