package cn.yinling.hotline.ivr.callback;

import cn.yinling.hotline.cases.callback.QueueFront;
import java.time.Instant;
import java.util.List;

/**
 * The agents' queue as Asterisk's {@code QueueStatus} action reports it (QueueParams, one
 * QueueMember per agent, one QueueEntry per waiting caller). Public because the AMI client builds it.
 *
 * @param entries     the callers waiting, in queue order
 * @param members     the agents (queue members)
 * @param talkSeconds Asterisk's running average of a call's talk time ({@code TalkTime}); 0 before any
 *                    call completed since Asterisk started
 */
public record QueueStatus(List<Entry> entries, List<Member> members, int talkSeconds) {

    /** Device states of a member (Asterisk's {@code AST_DEVICE_*}): not in use, or unknown (as app_queue counts them). */
    private static final int UNKNOWN = 0;
    private static final int NOT_INUSE = 1;
    private static final int INVALID = 4;
    private static final int UNAVAILABLE = 5;

    public QueueStatus {
        entries = List.copyOf(entries);
        members = List.copyOf(members);
    }

    /** A waiting caller: the channel's Uniqueid and the seconds waited so far ({@code Wait}). */
    public record Entry(String uniqueid, long waitSeconds) {
    }

    /** A queue member: its device {@code Status}, whether paused and whether on a call ({@code InCall}). */
    public record Member(String name, int status, boolean paused, boolean inCall) {

        /** Logged in and taking calls: reachable and not paused. */
        boolean onDuty() {
            return status != INVALID && status != UNAVAILABLE && !paused;
        }

        /** On duty and free now: Asterisk would ring them for the next caller. */
        boolean free() {
            return onDuty() && !inCall && (status == NOT_INUSE || status == UNKNOWN);
        }
    }

    int agentsOnDuty() {
        return (int) members.stream().filter(Member::onDuty).count();
    }

    int freeAgents() {
        return (int) members.stream().filter(Member::free).count();
    }

    /** The queue as the callbacks' line sees it at {@code now}: who waits since when, who is free. */
    public QueueFront front(Instant now) {
        return new QueueFront(entries.stream().map(e -> new QueueFront.Waiting(e.uniqueid(),
                now.minusSeconds(e.waitSeconds()))).toList(), freeAgents(), agentsOnDuty());
    }
}
