package cn.yinling.hotline.console.queue;

/** A waiting case given to an agent by the automatic assignment; their browsers open it once committed. */
record CaseAutoAssigned(long caseId, long agentId) {
}
