package cn.yinling.hotline.cases.dispatch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

    Optional<WorkOrder> findByBookingId(Long bookingId);

    boolean existsByVisitCodeAndState(String visitCode, WorkOrderState state);

    List<WorkOrder> findByVisitCodeAndState(String visitCode, WorkOrderState state);

    List<WorkOrder> findByWorkerIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(Long workerId,
            LocalDateTime from, LocalDateTime to);

    List<WorkOrder> findByProviderIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(Long providerId,
            LocalDateTime from, LocalDateTime to);
}
