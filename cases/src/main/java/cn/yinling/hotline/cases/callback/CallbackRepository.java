package cn.yinling.hotline.cases.callback;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CallbackRepository extends JpaRepository<Callback, Long> {

    /**
     * The due callbacks, locked in line order. Not {@code skip locked}: a node deciding who is at
     * the front must see every callback ahead, so a second node waits for the first one's claims.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Callback c where c.state = cn.yinling.hotline.cases.callback.CallbackState.REQUESTED"
            + " and c.dueAt <= :now order by c.priority, c.placeAt, c.id")
    List<Callback> lockDue(Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Callback c where c.id = :id")
    Optional<Callback> lockById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Callback c where c.channelUniqueid = :uniqueid")
    Optional<Callback> lockByChannel(String uniqueid);

    long countByState(CallbackState state);

    long countByStateAndDueAtLessThanEqual(CallbackState state, Instant at);

    List<Callback> findByStateAndClaimedAtBefore(CallbackState state, Instant before);

    List<Callback> findByStateAndChannelUniqueidIn(CallbackState state, Collection<String> uniqueids);

    List<Callback> findByCaseIdAndStateIn(Long caseId, Collection<CallbackState> states);

    List<Callback> findByStateInOrderByPlaceAtAsc(Collection<CallbackState> states);

    List<Callback> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);
}
