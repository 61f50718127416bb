package cn.yinling.hotline.cases.queue;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Public so the AMI tests of the ivr module can read the rows the events produced. */
public interface QueueCallRepository extends JpaRepository<QueueCall, Long> {

    Optional<QueueCall> findByUniqueid(String uniqueid);

    /**
     * The row locked for this transaction: each application node has its own AMI connection and so
     * sees every queue event; the lock makes the second node find the change already made.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from QueueCall q where q.uniqueid = :uniqueid")
    Optional<QueueCall> lockByUniqueid(String uniqueid);

    /** Calls that joined a queue in [from, to): the ones the answer-time figures are about. */
    List<QueueCall> findByJoinedAtGreaterThanEqualAndJoinedAtLessThan(Instant from, Instant to);

    List<QueueCall> findByOutcomeAndAnsweredAtAfterOrderByAnsweredAtAsc(QueueCallOutcome outcome, Instant after);
}
