package cn.yinling.hotline.console.agentreport;

/**
 * One agent's figures over the report's days. Times in whole seconds (null: nothing to measure),
 * labels in Chinese words for the page.
 *
 * @param handled               cases the agent closed or resolved
 * @param firstResponseMedian   from a case opening to the agent taking it (claimed, assigned automatically), median
 * @param firstResponseAverage  the same, average
 * @param handlingAverage       from taking a case to closing it, average over the cases closed
 * @param wrapUpSeconds         time in after-call work (话后处理)
 * @param ratings               service ratings given to visits the agent booked
 * @param ratingAverage         their average, one decimal ("4.5"); "—" when none
 */
record AgentReportLine(long agentId, String name, String username, String roleLabel, long handled, Long firstResponseMedian,
        Long firstResponseAverage, Long handlingAverage, long wrapUpSeconds, String wrapUpPerDay, long ratings,
        String ratingAverage) {
}
