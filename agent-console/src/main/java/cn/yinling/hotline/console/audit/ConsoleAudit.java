package cn.yinling.hotline.console.audit;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.console.ConsoleMessages;
import org.springframework.stereotype.Component;

/**
 * The console's entries in the audit trail, worded from the bundle ({@code audit.*}) so that what a
 * reviewer reads is written in one place. Public because every console feature that shows or
 * changes an elder's record writes here.
 */
@Component
public class ConsoleAudit {

    private final AuditTrail trail;
    private final ConsoleMessages messages;

    ConsoleAudit(AuditTrail trail, ConsoleMessages messages) {
        this.trail = trail;
        this.messages = messages;
    }

    /** {@code elder} may be null for entries about no one elder (a search, an account). */
    public void record(String actor, Action action, ElderId elder, String key, Object... args) {
        trail.record(actor, action, elder, messages.get("audit." + key, args));
    }

    /** An entry about one case (and its elder, when the case has one), found by the case id on the audit page. */
    public void recordCase(String actor, Action action, ElderId elder, long caseId, String key, Object... args) {
        trail.record(actor, action, elder, caseId, messages.get("audit." + key, args));
    }
}
