package cn.yinling.hotline.cases.checkin;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckinAttemptRepository extends JpaRepository<CheckinAttempt, Long> {

    /**
     * Locks up to {@code limit} due attempts, skipping rows another node has locked, so nodes
     * claiming at once split the work instead of queueing behind each other.
     */
    @Query(value = "select id from checkin_attempt where state = 'PENDING' and due_at <= :now "
            + "order by due_at, id limit :limit for update skip locked", nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);

    /** The claim itself: only rows still PENDING change, so a row is never claimed twice. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CheckinAttempt a set a.state = cn.yinling.hotline.cases.checkin.CheckinState.CALLING, "
            + "a.claimedBy = :node, a.claimedAt = :now "
            + "where a.id in :ids and a.state = cn.yinling.hotline.cases.checkin.CheckinState.PENDING")
    int claim(Collection<Long> ids, String node, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CheckinAttempt a where a.id = :id")
    Optional<CheckinAttempt> lockById(Long id);

    long countByState(CheckinState state);

    long countByStateAndDueAtLessThanEqual(CheckinState state, Instant dueAt);

    Optional<CheckinAttempt> findFirstByStateAndDueAtLessThanEqualOrderByDueAtAsc(CheckinState state, Instant dueAt);

    long countByClaimedAtBetween(Instant from, Instant to);

    List<CheckinAttempt> findByStateAndClaimedAtBefore(CheckinState state, Instant before);

    List<CheckinAttempt> findByElderIdAndDayOrderByAttempt(Long elderId, LocalDate day);

    @Query("select a.elderId from CheckinAttempt a where a.day = :day and a.attempt = 1")
    List<Long> plannedElderIds(LocalDate day);
}
