package cn.yinling.hotline.cases.entitlement;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EntitlementAccountRepository extends JpaRepository<EntitlementAccount, Long> {

    Optional<EntitlementAccount> findByPolicyIdAndElderId(Long policyId, Long elderId);

    Optional<EntitlementAccount> findByPolicyIdAndHouseholdId(Long policyId, Long householdId);

    /** SELECT … FOR UPDATE: every change of an account's ledger happens under this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from EntitlementAccount a where a.id = :id")
    Optional<EntitlementAccount> lockById(Long id);
}
