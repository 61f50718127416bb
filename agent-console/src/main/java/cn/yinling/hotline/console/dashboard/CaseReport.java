package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.CaseType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Read-only queries for the supervisor's figures, over the case database's entities. */
@Repository
class CaseReport {

    private final EntityManager em;

    CaseReport(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    List<CareCase> openedBetween(Instant from, Instant to) {
        return em.createQuery("select c from CareCase c where c.createdAt >= :from and c.createdAt < :to order by c.createdAt",
                CareCase.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Transactional(readOnly = true)
    List<CareCase> openComplaints() {
        return em.createQuery("select c from CareCase c where c.type = :type and c.status in :open order by c.dueAt",
                CareCase.class).setParameter("type", CaseType.COMPLAINT)
                .setParameter("open", EnumSet.of(CaseStatus.OPEN, CaseStatus.CLAIMED)).getResultList();
    }
}
