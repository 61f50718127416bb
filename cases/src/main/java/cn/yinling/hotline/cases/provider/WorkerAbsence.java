package cn.yinling.hotline.cases.provider;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** Whole days a worker takes no visit (holiday, leave, sick), first and last day included. */
@Entity
public class WorkerAbsence {

    public enum Kind { LEAVE, SICK, HOLIDAY }

    /** Matches worker_absence.reason (V24). */
    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected WorkerAbsence() {
    }

    public WorkerAbsence(Long workerId, Kind kind, LocalDate firstDay, LocalDate lastDay, String reason,
            String recordedBy, Instant recordedAt) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("An absence ends on or after its first day");
        }
        this.workerId = workerId;
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
