package cn.yinling.hotline.cases.agent;

import cn.yinling.hotline.cases.elder.ElderId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, AuditEntry.Action action, ElderId elderId, String detail) {
        record(actor, action, elderId, null, detail);
    }

    /** {@code elderId} and {@code caseId} may each be null when the entry concerns no one elder or case. */
    @Transactional
    public void record(String actor, AuditEntry.Action action, ElderId elderId, Long caseId, String detail) {
        entries.save(new AuditEntry(clock.instant(), actor, action, elderId == null ? null : elderId.value(), caseId,
                detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> of(ElderId elderId) {
        return entries.findByElderIdOrderByAtDesc(elderId.value());
    }

    /** The entries matching every criterion given, newest first; {@code page} counts from 0. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditSearch search, int page, int size) {
        List<Specification<AuditEntry>> criteria = new ArrayList<>();
        if (search.actor() != null) {
            criteria.add((e, q, cb) -> cb.equal(e.get("actor"), search.actor()));
        }
        if (search.action() != null) {
            criteria.add((e, q, cb) -> cb.equal(e.get("action"), search.action()));
        }
        if (search.elderId() != null) {
            criteria.add((e, q, cb) -> cb.equal(e.get("elderId"), search.elderId().value()));
        }
        if (search.caseId() != null) {
            criteria.add((e, q, cb) -> cb.equal(e.get("caseId"), search.caseId()));
        }
        if (search.from() != null) {
            criteria.add((e, q, cb) -> cb.greaterThanOrEqualTo(e.get("at"), search.from()));
        }
        if (search.until() != null) {
            criteria.add((e, q, cb) -> cb.lessThan(e.get("at"), search.until()));
        }
        return entries.findAll(Specification.allOf(criteria),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
    }
}
