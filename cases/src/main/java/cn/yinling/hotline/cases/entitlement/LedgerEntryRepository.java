package cn.yinling.hotline.cases.entitlement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByAccountIdAndWindowStartOrderById(Long accountId, LocalDate windowStart);

    List<LedgerEntry> findByBookingIdOrderById(Long bookingId);

    boolean existsByDedupKey(String dedupKey);

    @Query("select distinct e.windowStart from LedgerEntry e where e.accountId = :accountId and e.windowEnd < :day")
    List<LocalDate> windowsEndedBefore(Long accountId, LocalDate day);
}
