package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.agent.AgentState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The presence state machine, in one place: which state a cause leads to from each state, and when
 * after-call work is over.
 * <ul>
 * <li>signing out, from anywhere → 离线; signing in while 离线 → 空闲, or 通话中 when still holding a call or chat
 * (a second browser changes nothing);</li>
 * <li>choosing 空闲, 忙碌 or 离开 → that state, except 空闲 while still holding a call or chat (stays 通话中);</li>
 * <li>taking a call or chat, unless 离线 (a case assigned to a signed-out agent) → 通话中;</li>
 * <li>closing the last call or chat while 通话中 → 话后处理;</li>
 * <li>话后处理 for {@code maxWrapUp} → 空闲.</li>
 * </ul>
 */
public record PresenceRules(Duration maxWrapUp) {

    public PresenceRules {
        if (maxWrapUp.isNegative()) {
            throw new IllegalArgumentException("hotline.console.presence.max-wrap-up must not be negative");
        }
    }

    /**
     * @param chosen        the state the agent chose ({@link PresenceCause#CHOSEN} only)
     * @param holdsContacts whether the agent still holds an open call or chat
     * @return the next state, or empty when the cause changes nothing from {@code from}
     */
    public Optional<AgentState> next(AgentState from, PresenceCause cause, AgentState chosen, boolean holdsContacts) {
        AgentState to = switch (cause) {
            case SIGNED_OUT -> AgentState.OFFLINE;
            case SIGNED_IN -> from != AgentState.OFFLINE ? from : holdsContacts ? AgentState.ENGAGED : AgentState.AVAILABLE;
            case CHOSEN -> chosen == AgentState.AVAILABLE && holdsContacts ? AgentState.ENGAGED : chosen;
            case CONTACT -> from == AgentState.OFFLINE ? from : AgentState.ENGAGED;
            case CONTACT_ENDED -> from == AgentState.ENGAGED && !holdsContacts ? AgentState.WRAP_UP : from;
            case WRAP_UP_OVER -> from == AgentState.WRAP_UP ? AgentState.AVAILABLE : from;
        };
        if (cause == PresenceCause.CHOSEN && !isChoosable(chosen)) {
            throw new IllegalArgumentException("An agent cannot choose " + chosen);
        }
        return to == from ? Optional.empty() : Optional.of(to);
    }

    /** Whether after-call work begun at {@code since} has lasted its longest allowed time at {@code now}. */
    public boolean wrapUpOver(Instant since, Instant now) {
        return !now.isBefore(since.plus(maxWrapUp));
    }

    public static boolean isChoosable(AgentState state) {
        return state == AgentState.AVAILABLE || state == AgentState.BUSY || state == AgentState.AWAY;
    }
}
