package cn.yinling.hotline.cases.eligibility;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityOverrideRepository extends JpaRepository<EligibilityOverride, Long> {

    List<EligibilityOverride> findByElderIdAndRemovedAtIsNullOrderById(Long elderId);

    List<EligibilityOverride> findByElderIdOrderByIdDesc(Long elderId);
}
