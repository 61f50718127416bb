package cn.yinling.hotline.cases.responders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponderCallRepository extends JpaRepository<ResponderCall, Long> {

    List<ResponderCall> findByCallOutIdOrderByPositionAsc(Long callOutId);

    /** The call-out of a call, read without loading the call (it is read once the call-out is locked). */
    @Query("select c.callOutId from ResponderCall c where c.id = :id")
    Optional<Long> callOutOf(Long id);

    /** The calls ringing for call-outs claimed before {@code before}: their node stopped mid-call. */
    @Query("select c.id from ResponderCall c, CallOut o where c.callOutId = o.id"
            + " and o.state = cn.yinling.hotline.cases.responders.CallOutState.RINGING and o.claimedAt < :before"
            + " and c.state = cn.yinling.hotline.cases.responders.CallState.CALLING")
    List<Long> ringingSince(Instant before);
}
