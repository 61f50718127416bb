package cn.yinling.hotline.cases.callback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a callback stands, and the only moves it may make. Requested callbacks wait for their turn
 * (or their time); a node claims one and dials it; the elder answers (the {@code callback} script
 * then hands the call to the agents' queue at the front) and an agent picks up, or nobody answers
 * and it waits for the next try, until the tries run out. An agent may cancel one that is still
 * waiting; one that is ringing runs its course.
 */
public enum CallbackState {
    /** Waiting for the caller's turn in the line, or for the time they chose, or for the next try. */
    REQUESTED,
    /** Claimed by a node, which has asked the PBX to ring the elder. */
    DIALING,
    /** The elder picked up; the call waits in the agents' queue ahead of later callers. */
    ANSWERED,
    /** An agent picked the call up (AMI AgentConnect). */
    CONNECTED,
    /** Rang unanswered as often as allowed; the case stays open for the agents. */
    UNREACHED,
    /** An agent cancelled it (they phoned the elder themselves, or it is no longer needed), or the case was closed. */
    CANCELLED;

    private Set<CallbackState> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(DIALING, CANCELLED);
            case DIALING -> EnumSet.of(REQUESTED, ANSWERED, UNREACHED);
            case ANSWERED -> EnumSet.of(CONNECTED);
            case CONNECTED, UNREACHED, CANCELLED -> EnumSet.noneOf(CallbackState.class);
        };
    }

    public boolean canBecome(CallbackState next) {
        return next().contains(next);
    }

    /** Still to be dialled, or being dialled: the elder is still waiting for our call. */
    public boolean isPending() {
        return this == REQUESTED || this == DIALING;
    }
}
