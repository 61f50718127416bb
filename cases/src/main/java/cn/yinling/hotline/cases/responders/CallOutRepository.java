package cn.yinling.hotline.cases.responders;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CallOutRepository extends JpaRepository<CallOut, Long> {

    Optional<CallOut> findByCaseId(Long caseId);

    List<CallOut> findByStateOrderByStartedAtAsc(CallOutState state);

    List<CallOut> findByStateAndStalledAtIsNullAndStartedAtLessThanEqual(CallOutState state, Instant startedBy);

    /** The claim: only a call-out still WAITING changes, so two nodes never ring for one at once. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CallOut c set c.state = cn.yinling.hotline.cases.responders.CallOutState.RINGING, "
            + "c.claimedBy = :node, c.claimedAt = :now, c.version = c.version + 1 "
            + "where c.id = :id and c.state = cn.yinling.hotline.cases.responders.CallOutState.WAITING")
    int claim(Long id, String node, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CallOut c where c.id = :id")
    Optional<CallOut> lockById(Long id);
}
