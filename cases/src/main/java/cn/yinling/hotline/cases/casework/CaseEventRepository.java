package cn.yinling.hotline.cases.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByAtAscIdAsc(Long caseId);
}
