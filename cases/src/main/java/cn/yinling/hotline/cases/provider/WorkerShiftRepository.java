package cn.yinling.hotline.cases.provider;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerShiftRepository extends JpaRepository<WorkerShift, Long> {

    List<WorkerShift> findByWorkerId(Long workerId);

    List<WorkerShift> findByWorkerIdIn(List<Long> workerIds);
}
