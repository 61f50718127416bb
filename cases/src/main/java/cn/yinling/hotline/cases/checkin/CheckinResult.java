package cn.yinling.hotline.cases.checkin;

import cn.yinling.hotline.cases.casework.CaseId;
import java.time.Instant;

/**
 * What recording a check-in result did.
 *
 * @param state    the attempt's state afterwards
 * @param caseId   the case opened for an agent (NEEDS_HELP) or the check-in alert (ALERTED), else null
 * @param retryAt  when the next attempt is due (unanswered with retries left), else null
 * @param recorded false when the attempt already had its result (a repeat is ignored)
 */
public record CheckinResult(CheckinState state, CaseId caseId, Instant retryAt, boolean recorded) {
}
