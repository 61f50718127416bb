package cn.yinling.hotline.bot.nlu;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A time as said ({@code phrase}, a substring of the utterance, e.g. "下午三点" or "上午") and the
 * range it means: {@code start == end} for a point in time, a range for parts of the day
 * (上午 08:00–12:00).
 */
public record TimeSlot(String phrase, LocalTime start, LocalTime end) {
    public TimeSlot {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Time range ends before it starts: " + phrase);
        }
    }

    public boolean isPoint() {
        return start.equals(end);
    }
}
