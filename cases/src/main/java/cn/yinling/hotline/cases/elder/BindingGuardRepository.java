package cn.yinling.hotline.cases.elder;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BindingGuardRepository extends JpaRepository<BindingGuard, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from BindingGuard g where g.openid = ?1")
    Optional<BindingGuard> lockByOpenid(String openid);
}
