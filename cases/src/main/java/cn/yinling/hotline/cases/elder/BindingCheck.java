package cn.yinling.hotline.cases.elder;

import java.time.Instant;

/**
 * The answer to one binding question (phone, ID digits, code).
 *
 * @param result       what happened
 * @param attemptsLeft wrong answers the sender may still give before being locked
 * @param lockedUntil  when the sender's lock ends, if locked
 * @param contact      the binding made (only for {@link Result#BOUND})
 */
public record BindingCheck(Result result, int attemptsLeft, Instant lockedUntil, FamilyContact contact) {

    public enum Result {
        /** The answer was right. */
        OK,
        /** The answer was wrong and counted. */
        WRONG,
        /** Too many wrong answers: nothing is checked until the lock ends. */
        LOCKED,
        /** The code is not issued yet: an agent has to approve the request first. */
        AWAITING_APPROVAL,
        /** No open request to enter a code for. */
        NO_REQUEST,
        /** The code matched: the sender is now bound to the elder. */
        BOUND
    }

    static BindingCheck of(Result result) {
        return new BindingCheck(result, 0, null, null);
    }

    public boolean ok() {
        return result == Result.OK || result == Result.BOUND;
    }
}
