package cn.yinling.hotline.cases.elder;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ElderRepository extends JpaRepository<Elder, Long> {

    List<Elder> findByHouseholdId(Long householdId);

    @Query("select e from Elder e where e.fullName like concat('%', :q, '%') or e.community like concat('%', :q, '%') order by e.fullName")
    List<Elder> search(String q, Pageable page);

    List<Elder> findByLivingSituation(LivingSituation livingSituation);
}
