package cn.yinling.hotline.cases.provider;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A weekly working window of a worker, e.g. Monday 08:00–12:00. */
@Entity
public class WorkerShift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    private int dayOfWeek;
    private LocalTime startTime;
    private LocalTime endTime;

    protected WorkerShift() {
    }

    public WorkerShift(Long workerId, DayOfWeek day, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A shift ends after it starts");
        }
        this.workerId = workerId;
        this.dayOfWeek = day.getValue();
        this.startTime = start;
        this.endTime = end;
    }

    /** Whether a visit from {@code start} lasting {@code minutes} fits entirely inside this shift. */
    public boolean covers(LocalDateTime start, int minutes) {
        LocalDateTime end = start.plusMinutes(minutes);
        return start.getDayOfWeek().getValue() == dayOfWeek
                && end.toLocalDate().equals(start.toLocalDate())
                && !start.toLocalTime().isBefore(startTime)
                && !end.toLocalTime().isAfter(endTime);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}
