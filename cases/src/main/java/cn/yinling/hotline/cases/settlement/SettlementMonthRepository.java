package cn.yinling.hotline.cases.settlement;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SettlementMonthRepository extends JpaRepository<SettlementMonth, Long> {

    Optional<SettlementMonth> findByMonthStart(LocalDate monthStart);

    /** Whether the row exists, without loading it (a loaded row would clash with the fresher one the lock reads). */
    boolean existsByMonthStart(LocalDate monthStart);

    /** SELECT … FOR UPDATE: closing a month and settling a visit in it take turns on this row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from SettlementMonth m where m.monthStart = :monthStart")
    Optional<SettlementMonth> lockByMonthStart(LocalDate monthStart);
}
