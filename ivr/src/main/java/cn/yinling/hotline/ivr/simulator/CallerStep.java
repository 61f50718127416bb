package cn.yinling.hotline.ivr.simulator;

/**
 * What a simulated caller does in answer to one prompt that asks for keys. Times are seconds after
 * that prompt starts, so a delay shorter than the prompt presses during it (barge-in).
 */
public sealed interface CallerStep {

    /** Seconds between two keys of one entry, about what an elder needs. */
    double KEY_GAP = 0.6;

    /** Presses {@code keys} one after the other, the first {@code delay} seconds into the prompt. */
    record Keys(String keys, double delay) implements CallerStep {
        public Keys {
            if (keys.isEmpty() || !keys.chars().allMatch(c -> "0123456789*#".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("Keys must be 0-9, * or #: " + keys);
            }
        }
    }

    /** Presses nothing; the hotline's time-out runs out. */
    record Silence() implements CallerStep {
    }

    /** Puts the phone down {@code delay} seconds into the prompt. */
    record HangUp(double delay) implements CallerStep {
    }

    /**
     * Talks for {@code seconds} (a message being recorded), then says nothing more, so Asterisk's
     * silence detection or the maximum length ends the recording. To a recording, {@link Keys} means
     * talking until the keys are pressed and {@link HangUp} talking until the phone goes down;
     * {@link Silence} sends no sound at all (AGI-NOTES §8b (3)).
     */
    record Speaks(double seconds) implements CallerStep {
        public Speaks {
            if (seconds <= 0) {
                throw new IllegalArgumentException("Speaking takes some time: " + seconds);
            }
        }
    }

    static CallerStep press(String keys) {
        return new Keys(keys, 1.0);
    }
}
