package cn.yinling.hotline.cases.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CareCaseRepository extends JpaRepository<CareCase, Long> {

    List<CareCase> findByStatusInOrderByPriorityAscCreatedAtAsc(Collection<CaseStatus> statuses);

    List<CareCase> findByElderIdOrderByCreatedAtDesc(Long elderId);

    Optional<CareCase> findByAnonymousSourceAndType(String anonymousSource, CaseType type);

    /** Atomic claim: only succeeds while nobody holds the case. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update CareCase c set c.assigneeId = :agentId, c.status = cn.yinling.hotline.cases.casework.CaseStatus.CLAIMED,
            c.version = c.version + 1
            where c.id = :caseId and c.assigneeId is null and c.status = cn.yinling.hotline.cases.casework.CaseStatus.OPEN""")
    int claimIfFree(Long caseId, Long agentId);
}
