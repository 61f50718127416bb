package cn.yinling.hotline.cases.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityRepository extends JpaRepository<Eligibility, Long> {

    List<Eligibility> findByElderIdOrderById(Long elderId);

    List<Eligibility> findByElderIdInOrderById(List<Long> elderIds);
}
