package cn.yinling.hotline.cases.responders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponderRepository extends JpaRepository<Responder, Long> {

    List<Responder> findByElderIdOrderByPositionAscIdAsc(Long elderId);

    boolean existsByElderId(Long elderId);
}
