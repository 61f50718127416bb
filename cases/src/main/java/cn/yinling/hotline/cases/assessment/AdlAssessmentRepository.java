package cn.yinling.hotline.cases.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdlAssessmentRepository extends JpaRepository<AdlAssessment, Long> {

    List<AdlAssessment> findByElderIdOrderByAssessedOnDescIdDesc(Long elderId);
}
