package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** A booked visit of a worker to an elder. Its subsidy hold lives in the ledger, keyed by this id. */
@Entity
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private Long serviceId;
    private Long workerId;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    private LocalDateTime startsAt;
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String requestedBy;
    private String requestKey;
    private Long accountId;
    private long heldAmount;
    private String note;
    private String cancelReason;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Booking() {
    }

    Booking(BookingRequest r, Long serviceId, int durationMinutes, Long workerId, Instant now) {
        this.elderId = r.elderId().value();
        this.serviceId = serviceId;
        this.workerId = workerId;
        this.status = BookingStatus.CONFIRMED;
        this.startsAt = r.startsAt();
        this.durationMinutes = durationMinutes;
        this.channel = r.channel();
        this.requestedBy = r.requestedBy();
        this.requestKey = r.requestKey();
        this.note = r.note();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public BookingId bookingId() {
        return new BookingId(id);
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    void held(Long accountId, long amount, Instant now) {
        this.accountId = accountId;
        this.heldAmount = amount;
        this.updatedAt = now;
    }

    void moveTo(LocalDateTime newStart, Long newWorkerId, Instant now) {
        this.startsAt = newStart;
        this.workerId = newWorkerId;
        this.updatedAt = now;
    }

    void changeStatus(BookingStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        this.cancelReason = reason;
        changeStatus(BookingStatus.CANCELLED, now);
    }

    public Long getId() {
        return id;
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

    public BookingStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getHeldAmount() {
        return heldAmount;
    }

    public String getNote() {
        return note;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
