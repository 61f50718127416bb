package cn.yinling.hotline.cases.agent;

import cn.yinling.hotline.cases.elder.ElderId;
import java.time.Clock;
import java.util.List;
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
        entries.save(new AuditEntry(clock.instant(), actor, action, elderId == null ? null : elderId.value(), detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> of(ElderId elderId) {
        return entries.findByElderIdOrderByAtDesc(elderId.value());
    }
}
