package cn.yinling.hotline.cases.agent;

import cn.yinling.hotline.cases.elder.ElderId;
import java.time.Instant;

/**
 * What to look for in the audit trail; a null field matches every entry.
 *
 * @param actor the agent's username (or, for a sign-in lock-out, the name that was tried)
 * @param from  first instant included
 * @param until first instant no longer included
 */
public record AuditSearch(String actor, AuditEntry.Action action, ElderId elderId, Long caseId, Instant from,
        Instant until) {
}
