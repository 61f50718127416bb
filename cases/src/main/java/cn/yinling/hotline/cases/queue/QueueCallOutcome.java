package cn.yinling.hotline.cases.queue;

/** Where a queued call stands, in the order the AMI events move it. */
public enum QueueCallOutcome {
    /** The IVR returned the call to the dialplan; no queue event yet. */
    HANDED_OVER,
    /** QueueCallerJoin: ringing the agents. */
    WAITING,
    /** AgentConnect: an agent is talking to the caller. */
    ANSWERED,
    /** AgentComplete: the conversation ended. */
    COMPLETED,
    /** QueueCallerAbandon: the caller hung up while waiting. */
    ABANDONED;

    /** Whether the call has left the queue for good (answered or not). */
    public boolean hasLeftQueue() {
        return this == ANSWERED || this == COMPLETED || this == ABANDONED;
    }
}
