package cn.yinling.hotline.cases.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByApplicationIdOrderByIdAsc(Long applicationId);
}
