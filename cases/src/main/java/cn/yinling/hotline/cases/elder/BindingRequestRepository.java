package cn.yinling.hotline.cases.elder;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BindingRequestRepository extends JpaRepository<BindingRequest, Long> {

    List<BindingRequest> findByOpenidAndStateOrderById(String openid, BindingState state);

    List<BindingRequest> findByStateOrderById(BindingState state);

    boolean existsByFamilyContactId(Long familyContactId);
}
