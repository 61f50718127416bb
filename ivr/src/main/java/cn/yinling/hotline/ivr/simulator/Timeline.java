package cn.yinling.hotline.ivr.simulator;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The caller's keys and hang-up on the call's clock. Time is virtual (seconds since the call
 * began) and only moves while Asterisk would be busy (playing, waiting for a key), so a simulated
 * call runs as fast as the server answers, with the same outcome a real call would have.
 */
final class Timeline {

    /** A key ({@code key != 0}) or the hang-up ({@code key == 0}) at a moment of the call. */
    record Event(double at, char key) {
        boolean hangUp() {
            return key == 0;
        }
    }

    private final Deque<Event> events = new ArrayDeque<>();
    private double now;
    /** Until when the caller talks (a {@link CallerStep.Speaks}); only a recording hears it. */
    private double speakingUntil;

    double now() {
        return now;
    }

    void advanceTo(double t) {
        now = Math.max(now, t);
    }

    /** Nothing the caller is still going to do: ready for the next step of the script. */
    boolean idle() {
        return events.isEmpty();
    }

    void schedule(CallerStep step) {
        if (step instanceof CallerStep.Keys k) {
            for (int i = 0; i < k.keys().length(); i++) {
                events.add(new Event(now + k.delay() + i * CallerStep.KEY_GAP, k.keys().charAt(i)));
            }
        } else if (step instanceof CallerStep.HangUp h) {
            events.add(new Event(now + h.delay(), (char) 0));
        } else if (step instanceof CallerStep.Speaks s) {
            speakingUntil = now + s.seconds();
        }
    }

    /** When the caller's talking (scheduled by the last {@link CallerStep.Speaks}) stops. */
    double speakingUntil() {
        return speakingUntil;
    }

    /**
     * Drops keys that were pressed while no command was running: Asterisk has no key buffer.
     *
     * @return whether the caller hung up meanwhile
     */
    boolean dropPast() {
        while (!events.isEmpty() && events.peek().at() < now) {
            if (events.poll().hangUp()) {
                return true;
            }
        }
        return false;
    }

    /** The next event no later than {@code until}, taken off the timeline, or null. */
    Event next(double until) {
        Event e = events.peek();
        if (e == null || e.at() > until) {
            return null;
        }
        return events.poll();
    }
}
