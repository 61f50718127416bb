package cn.yinling.hotline.cases.agent;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SignInCounterRepository extends JpaRepository<SignInCounter, String> {

    /** The counter, row-locked until the transaction ends, so attempts on several nodes are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SignInCounter c where c.subject = :subject")
    Optional<SignInCounter> lockBySubject(String subject);

    /** Forgets counters whose window began before {@code windowStartedBefore} and that are not locked at {@code now}. */
    @Modifying
    @Query("delete from SignInCounter c where c.windowStart < :windowStartedBefore"
            + " and (c.lockedUntil is null or c.lockedUntil <= :now)")
    int deleteStale(Instant windowStartedBefore, Instant now);
}
