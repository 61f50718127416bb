package cn.yinling.hotline.cases.casework;

/** Published when a case is claimed, reassigned, resolved or closed, or when an unclaimed emergency is escalated. */
public record CaseChanged(CaseId caseId, CaseStatus status, Long assigneeId) {
}
