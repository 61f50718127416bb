package cn.yinling.hotline.console.supervision;

/** One call an agent is on now, as the supervisors' page lists it (names in Chinese, answer time local). */
record LiveCall(long id, String agentName, String elderName, Long caseId, String answeredLabel) {
}
