package cn.yinling.hotline.cases.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CareCaseRepository extends JpaRepository<CareCase, Long>, JpaSpecificationExecutor<CareCase> {

    List<CareCase> findByStatusInOrderByPriorityAscCreatedAtAsc(Collection<CaseStatus> statuses);

    List<CareCase> findByElderIdOrderByCreatedAtDesc(Long elderId);

    List<CareCase> findByStatusAndAssigneeIdIsNullAndPriorityOrderByCreatedAtAsc(CaseStatus status, int priority);

    Optional<CareCase> findByAnonymousSourceAndType(String anonymousSource, CaseType type);

    /** Atomic claim: only succeeds while nobody holds the case. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update CareCase c set c.assigneeId = :agentId, c.status = cn.yinling.hotline.cases.casework.CaseStatus.CLAIMED,
            c.version = c.version + 1
            where c.id = :caseId and c.assigneeId is null and c.status = cn.yinling.hotline.cases.casework.CaseStatus.OPEN""")
    int claimIfFree(Long caseId, Long agentId);

    /** Emergencies nobody has claimed, opened at or before {@code openedBefore}, not yet escalated to everyone. */
    @Query("""
            select c from CareCase c
            where c.type = cn.yinling.hotline.cases.casework.CaseType.EMERGENCY
            and c.status = cn.yinling.hotline.cases.casework.CaseStatus.OPEN and c.assigneeId is null
            and c.escalationLevel < :below and c.createdAt <= :openedBefore order by c.createdAt""")
    List<CareCase> findUnclaimedEmergencies(Instant openedBefore, int below);

    /**
     * Raises an unclaimed case's escalation level from {@code from} to {@code to}; 0 when it was
     * claimed, closed or raised already (by another node: the row lock makes the second update see
     * the first one's level). Native, because the entity never writes the column.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update care_case set escalation_level = :to
            where id = :caseId and escalation_level = :from and status = 'OPEN' and assignee_id is null""")
    int escalateIfUnclaimed(Long caseId, int from, int to);
}
