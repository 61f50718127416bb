package cn.yinling.hotline.ivr.callback;

import java.time.Duration;

/**
 * How long a caller joining the agents' queue now would wait, from the queue as Asterisk reports it
 * and the callbacks already waiting for their turn. A caller at place {@code k} waits until
 * {@code k} agents have come free; with {@code n} agents on duty, one comes free every
 * {@code talk / n} on average, so the wait is about {@code (k - free) × talk / n}. With nobody on
 * duty the wait has no bound. The estimate says why, for the log.
 *
 * @param expected the expected wait; null when no agent is on duty
 * @param why      the figures it came from
 */
record WaitEstimate(Duration expected, String why) {

    static WaitEstimate of(QueueStatus queue, int callbacksWaiting, Duration assumedTalk) {
        int place = queue.entries().size() + callbacksWaiting + 1;
        int free = queue.freeAgents();
        int onDuty = queue.agentsOnDuty();
        long talk = queue.talkSeconds() > 0 ? queue.talkSeconds() : assumedTalk.toSeconds();
        String figures = "place " + place + " (" + queue.entries().size() + " waiting, " + callbacksWaiting
                + " callbacks), " + free + " of " + onDuty + " agents free, " + talk + " s average talk"
                + (queue.talkSeconds() > 0 ? "" : " (assumed)");
        if (place <= free) {
            return new WaitEstimate(Duration.ZERO, figures);
        }
        if (onDuty == 0) {
            return new WaitEstimate(null, figures + ": no agent on duty");
        }
        Duration wait = Duration.ofSeconds((long) Math.ceil((double) (place - free) * talk / onDuty));
        return new WaitEstimate(wait, figures + ": about " + wait.toSeconds() + " s");
    }

    /** Whether the wait is longer than {@code limit} (an unbounded one always is). */
    boolean longerThan(Duration limit) {
        return expected == null || expected.compareTo(limit) > 0;
    }
}
