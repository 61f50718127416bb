package cn.yinling.hotline.cases.provider;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerAbsenceRepository extends JpaRepository<WorkerAbsence, Long> {

    List<WorkerAbsence> findByWorkerIdOrderByFirstDayDesc(Long workerId);

    /** Absences of these workers that end on or after {@code from}: the ones a booking search can meet. */
    List<WorkerAbsence> findByWorkerIdInAndLastDayGreaterThanEqual(Collection<Long> workerIds, LocalDate from);
}
