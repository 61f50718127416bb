package cn.yinling.hotline.cases.responders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an emergency's call-out stands, and the only moves it may make. A node claims a WAITING
 * call-out (a conditional update, so one node at a time) and rings the next responder; the answer
 * (or its absence) makes it WAITING again for the next one, or ACCEPTED; nobody left to call makes
 * it EXHAUSTED; the case ending makes it CANCELLED.
 */
public enum CallOutState {
    /** The next responder is to be called, by whichever node claims it first. */
    WAITING,
    /** A node is ringing one responder. */
    RINGING,
    /** A responder pressed 1 and is on the way. */
    ACCEPTED,
    /** Everyone on the list was called (or could not be called now) and nobody accepted. */
    EXHAUSTED,
    /** The case was resolved or closed first. */
    CANCELLED;

    private Set<CallOutState> next() {
        return switch (this) {
            case WAITING -> EnumSet.of(RINGING, EXHAUSTED, CANCELLED);
            case RINGING -> EnumSet.of(WAITING, ACCEPTED, EXHAUSTED, CANCELLED);
            case ACCEPTED, EXHAUSTED, CANCELLED -> EnumSet.noneOf(CallOutState.class);
        };
    }

    public boolean canBecome(CallOutState next) {
        return next().contains(next);
    }

    public boolean isOver() {
        return this == ACCEPTED || this == EXHAUSTED || this == CANCELLED;
    }
}
