package cn.yinling.hotline.cases.booking;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findByRequestKey(String requestKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = :id")
    Optional<Booking> lockById(Long id);

    /** Active bookings of a worker that overlap [from, to). */
    @Query("""
            select b from Booking b where b.workerId = :workerId and b.status in :statuses
            and b.startsAt < :to and b.startsAt >= :earliestStart""")
    List<Booking> candidatesOverlapping(Long workerId, Collection<BookingStatus> statuses, LocalDateTime earliestStart,
            LocalDateTime to);

    /**
     * Active bookings of an elder starting in [earliestStart, to): with {@code earliestStart} the
     * longest visit before {@code from}, every one that can overlap [from, to).
     */
    @Query("""
            select b from Booking b where b.elderId = :elderId and b.status in :statuses
            and b.startsAt < :to and b.startsAt >= :earliestStart order by b.startsAt, b.id""")
    List<Booking> elderCandidatesOverlapping(Long elderId, Collection<BookingStatus> statuses,
            LocalDateTime earliestStart, LocalDateTime to);

    List<Booking> findByElderIdAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAt(Long elderId,
            Collection<BookingStatus> statuses, LocalDateTime from);

    List<Booking> findByWorkerIdAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAt(Long workerId,
            Collection<BookingStatus> statuses, LocalDateTime from);

    List<Booking> findTop10ByElderIdAndStartsAtLessThanOrderByStartsAtDesc(Long elderId, LocalDateTime before);

    /** The services an elder has booked, most bookings first (the latest booked first among equals). */
    @Query("""
            select b.serviceId from Booking b where b.elderId = :elderId and b.status <> :cancelled
            group by b.serviceId order by count(b) desc, max(b.startsAt) desc""")
    List<Long> serviceIdsByBookings(Long elderId, BookingStatus cancelled);
}
