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

    /** Conversations started in the window: [handed to a person, finished by the bot]. */
    @Transactional(readOnly = true)
    long[] conversationsBetween(Instant from, Instant to) {
        List<Object[]> rows = em.createQuery("""
                select case when c.caseId is null then 0 else 1 end, count(c) from Conversation c
                where c.startedAt >= :from and c.startedAt < :to group by case when c.caseId is null then 0 else 1 end""",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
        long[] out = new long[2];
        for (Object[] r : rows) {
            int handedOver = ((Number) r[0]).intValue();
            out[handedOver == 1 ? 0 : 1] = ((Number) r[1]).longValue();
        }
        return out;
    }
}
