package cn.yinling.hotline.cases.verification;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptGuardRepository extends JpaRepository<AttemptGuard, String> {

    /** Locked in key order, so two checks sharing subjects never wait on each other crosswise. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from AttemptGuard g where g.subject in ?1 order by g.subject")
    List<AttemptGuard> lockAll(Collection<String> subjects);

    @Query("select g from AttemptGuard g where g.subject like ?1 and g.lockedUntil > ?2 order by g.lockedUntil desc")
    List<AttemptGuard> lockedLike(String pattern, java.time.Instant now);

    /** Inserts a fresh guard; fails on the key when one exists (save() would merge over it: a lost count). */
    @Modifying
    @Query(value = "insert into attempt_guard (subject, failures) values (?1, 0)", nativeQuery = true)
    void insert(String subject);
}
