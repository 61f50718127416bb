package cn.yinling.hotline.cases.policy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SubsidyPolicyRepository extends JpaRepository<SubsidyPolicy, Long> {

    Optional<SubsidyPolicy> findByCode(String code);

    /** Records a new rules hash; 1 for the one node that changed it, 0 when it was already this. */
    @Modifying
    @Query("update SubsidyPolicy p set p.rulesHash = :hash where p.id = :id and (p.rulesHash is null or p.rulesHash <> :hash)")
    int claimRulesHash(Long id, String hash);
}
