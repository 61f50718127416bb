package cn.yinling.hotline.cases.elder;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FamilyContactRepository extends JpaRepository<FamilyContact, Long> {

    List<FamilyContact> findByElderId(Long elderId);

    List<FamilyContact> findByWechatOpenid(String openid);
}
