package cn.yinling.hotline.cases.responders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResponderRepository extends JpaRepository<Responder, Long> {

    List<Responder> findByElderIdOrderByPositionAscIdAsc(Long elderId);

    boolean existsByElderId(Long elderId);

    @Query("select distinct r.elderId from Responder r order by r.elderId")
    List<Long> elderIds();
}
