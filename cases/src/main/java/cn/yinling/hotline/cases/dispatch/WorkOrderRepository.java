package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.booking.BookingStatus;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

    Optional<WorkOrder> findByBookingId(Long bookingId);

    boolean existsByVisitCodeAndState(String visitCode, WorkOrderState state);

    List<WorkOrder> findByVisitCodeAndState(String visitCode, WorkOrderState state);

    List<WorkOrder> findByWorkerIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(Long workerId,
            LocalDateTime from, LocalDateTime to);

    List<WorkOrder> findByProviderIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(Long providerId,
            LocalDateTime from, LocalDateTime to);

    /** Every order of visits starting in [from, to), the day's dispatch list, in time order. */
    List<WorkOrder> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(LocalDateTime from,
            LocalDateTime to);

    /**
     * Bookings starting in [from, to) whose order is not what the booking says: an active booking
     * without an issued order for its worker, time and length (or still CONFIRMED, not yet marked
     * dispatched), or an ended booking whose order is still issued.
     */
    @Query("""
            select b.id from Booking b where b.startsAt >= :from and b.startsAt < :to and (
              (b.status in :active and b.workerId is not null and (b.status = :confirmed or not exists (
                  select o.id from WorkOrder o where o.bookingId = b.id and o.state = :issued
                  and o.workerId = b.workerId and o.startsAt = b.startsAt and o.durationMinutes = b.durationMinutes)))
              or (b.status not in :active and exists (
                  select o.id from WorkOrder o where o.bookingId = b.id and o.state = :issued)))
            order by b.startsAt, b.id""")
    List<Long> bookingsOutOfStep(LocalDateTime from, LocalDateTime to, Collection<BookingStatus> active,
            BookingStatus confirmed, WorkOrderState issued);
}
