package cn.yinling.hotline.cases.policy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubsidyPolicyRepository extends JpaRepository<SubsidyPolicy, Long> {

    Optional<SubsidyPolicy> findByCode(String code);
}
