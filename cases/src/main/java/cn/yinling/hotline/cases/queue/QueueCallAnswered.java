package cn.yinling.hotline.cases.queue;

/**
 * Published when an agent picks up a queued call (AMI {@code AgentConnect}): the console pops the
 * case up in that agent's browser. {@code caseId} is null when the call reached the queue without
 * passing through the IVR (then the console pops the elder, found by {@code callerNumber}).
 */
public record QueueCallAnswered(String uniqueid, Long caseId, Long elderId, String callerNumber, Long agentId,
        String memberName, int waitSeconds) {
}
