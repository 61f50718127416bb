package cn.yinling.hotline.ivr.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The times a caller can choose for the callback, one key each ({@code callback.chooseTime}): a menu
 * as data, at most four choices.
 */
enum LaterTime {
    IN_HALF_AN_HOUR('1', "callback.in30", Duration.ofMinutes(30)),
    IN_AN_HOUR('2', "callback.in60", Duration.ofHours(1)),
    IN_TWO_HOURS('3', "callback.in120", Duration.ofHours(2)),
    TOMORROW_MORNING('4', "callback.tomorrow", null);

    private final char key;
    private final String words;
    private final Duration after;

    LaterTime(char key, String words, Duration after) {
        this.key = key;
        this.words = words;
        this.after = after;
    }

    static Optional<LaterTime> ofKey(char key) {
        return Arrays.stream(values()).filter(t -> t.key == key).findFirst();
    }

    /** The bundle key of its words (一小时后), said back to the caller. */
    String words() {
        return words;
    }

    /** When the callback is due if chosen at {@code now}; tomorrow morning is {@code tomorrowAt} local time. */
    Instant at(Instant now, ZoneId zone, LocalTime tomorrowAt) {
        return after != null ? now.plus(after)
                : now.atZone(zone).toLocalDate().plusDays(1).atTime(tomorrowAt).atZone(zone).toInstant();
    }
}
