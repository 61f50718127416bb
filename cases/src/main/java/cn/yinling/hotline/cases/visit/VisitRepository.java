package cn.yinling.hotline.cases.visit;

import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long> {

    Optional<Visit> findByWorkOrderId(Long workOrderId);

    Optional<Visit> findByBookingId(Long bookingId);

    List<Visit> findByWorkOrderIdIn(Collection<Long> workOrderIds);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Visit v where v.id = :id")
    Optional<Visit> lockById(Long id);

    /** Departed visits whose rating call was lost (its node died): consumed by the sweep. */
    @Query("select v.id from Visit v where v.consumption = 'LEFT' and v.leftAt < :before")
    List<Long> leftBefore(Instant before);

    /** Work orders of the elder starting in [from, to), in the state given: the visits expected at this door today. */
    @Query("select o from WorkOrder o where o.elderId = :elderId and o.state = :state and o.startsAt >= :from "
            + "and o.startsAt < :to order by o.startsAt")
    List<WorkOrder> ordersOfElder(Long elderId, WorkOrderState state, LocalDateTime from, LocalDateTime to);

    /** Every work order starting in [from, to): the visits page's day. */
    @Query("select o from WorkOrder o where o.startsAt >= :from and o.startsAt < :to order by o.startsAt, o.id")
    List<WorkOrder> ordersStarting(LocalDateTime from, LocalDateTime to);

    @Query("select o from WorkOrder o where o.visitCode = :code and o.state = 'ISSUED'")
    List<WorkOrder> issuedWithCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from WorkOrder o where o.id = :id")
    Optional<WorkOrder> lockOrder(Long id);

    @Query("select o from WorkOrder o where o.id = :id")
    Optional<WorkOrder> findOrder(Long id);
}
