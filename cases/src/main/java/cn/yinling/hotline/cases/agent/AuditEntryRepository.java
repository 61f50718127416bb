package cn.yinling.hotline.cases.agent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByElderIdOrderByAtDesc(Long elderId);
}
