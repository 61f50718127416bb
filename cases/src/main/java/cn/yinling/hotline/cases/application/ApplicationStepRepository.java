package cn.yinling.hotline.cases.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationStepRepository extends JpaRepository<ApplicationStep, Long> {

    List<ApplicationStep> findByApplicationIdOrderByIdAsc(Long applicationId);
}
