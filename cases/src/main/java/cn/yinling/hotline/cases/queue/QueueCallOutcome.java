package cn.yinling.hotline.cases.queue;

/** Where a queued call stands, in the order the AMI events move it. */
public enum QueueCallOutcome {
    /** The IVR returned the call to the dialplan; no queue event yet. */
    HANDED_OVER,
    /** QueueCallerJoin: ringing the agents. */
    WAITING,
    /**
     * QueueCallerLeave without an answer yet. Asterisk sends it just before AgentConnect (which then
     * makes the call ANSWERED) and when Queue() gives up (timeout, no members): then the call stays
     * here, ended and unanswered, instead of looking as if it were still waiting.
     */
    LEFT,
    /** AgentConnect: an agent is talking to the caller. */
    ANSWERED,
    /** AgentComplete: the conversation ended. */
    COMPLETED,
    /** QueueCallerAbandon: the caller hung up while waiting. */
    ABANDONED;

    /** Whether the call has left the queue for good (answered or not). */
    public boolean hasLeftQueue() {
        // LEFT is not final: the AgentConnect that usually follows it still turns it into ANSWERED.
        return this == ANSWERED || this == COMPLETED || this == ABANDONED;
    }
}
