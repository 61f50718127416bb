package cn.yinling.hotline.cases.elder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisteredPhoneRepository extends JpaRepository<RegisteredPhone, Long> {

    Optional<RegisteredPhone> findByNumber(String number);

    List<RegisteredPhone> findByElderId(Long elderId);

    List<RegisteredPhone> findByFamilyContactId(Long familyContactId);
}
