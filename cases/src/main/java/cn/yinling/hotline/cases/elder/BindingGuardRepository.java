package cn.yinling.hotline.cases.elder;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BindingGuardRepository extends JpaRepository<BindingGuard, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from BindingGuard g where g.openid = ?1")
    Optional<BindingGuard> lockByOpenid(String openid);

    /** Inserts a fresh guard; fails on the key when one exists (save() would merge over it: a lost count). */
    @Modifying
    @Query(value = "insert into binding_guard (openid) values (?1)", nativeQuery = true)
    void insert(String openid);
}
