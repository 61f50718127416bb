package cn.yinling.hotline.cases.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoucherApplicationRepository extends JpaRepository<VoucherApplication, Long> {

    List<VoucherApplication> findByStateOrderByStateSinceAscIdAsc(ApplicationState state);

    List<VoucherApplication> findByElderIdOrderByIdDesc(Long elderId);
}
