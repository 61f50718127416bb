package cn.yinling.hotline.cases.provider;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

    List<Provider> findByBlacklistedFalseAndActiveTrueOrderById();

    List<Provider> findAllByOrderByActiveDescNameAsc();
}
