package cn.yinling.hotline.bot.nlu.slots;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parts of the day, the range each one means alone, and how an hour said after it is read
 * ("下午三点" → 15:00, "中午一点" → 13:00, "中午十一点" → 11:00).
 */
enum PartOfDay {
    EARLY_MORNING(7, 10, false, "一大早", "大清早", "一早", "清早", "清晨", "早上", "早晨", "早间", "今早", "明早"),
    DAWN(0, 6, false, "凌晨"),
    MORNING(8, 12, false, "上午"),
    NOON(11, 13, false, "中午"),
    AFTERNOON(13, 18, true, "下午"),
    DUSK(17, 19, true, "傍晚"),
    EVENING(18, 21, true, "晚上", "晚间", "今晚", "明晚");

    /** A regex alternation of every word, the longest first; 一早 is not the 一 of 周一 before 早上. */
    static final String PATTERN = Arrays.stream(values()).flatMap(p -> Arrays.stream(p.words))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(w -> w.equals("一早") ? "一早(?![上晨])" : w).collect(Collectors.joining("|"));

    private final LocalTime from;
    private final LocalTime to;
    private final boolean pm;
    private final String[] words;

    PartOfDay(int fromHour, int toHour, boolean pm, String... words) {
        this.from = LocalTime.of(fromHour, 0);
        this.to = LocalTime.of(toHour, 0);
        this.pm = pm;
        this.words = words;
    }

    static Optional<PartOfDay> of(String word) {
        return Arrays.stream(values()).filter(p -> Arrays.asList(p.words).contains(word)).findFirst();
    }

    LocalTime from() {
        return from;
    }

    LocalTime to() {
        return to;
    }

    /** The 24-hour clock hour for an hour said after this part of the day; -1 when it makes no sense. */
    int hour24(int hour) {
        if (hour < 0 || hour > 24) {
            return -1;
        }
        if (hour > 12) {
            return hour == 24 ? 0 : hour;
        }
        if (pm) {
            return hour == 12 ? (this == AFTERNOON ? 12 : 0) : hour + 12;
        }
        if (this == NOON) {
            return hour <= 5 ? hour + 12 : hour;
        }
        return hour == 12 && this == DAWN ? 0 : hour;
    }

    /**
     * An hour said alone: working hours are assumed, so 1–6 are afternoon (三点 → 15:00), 7–12 as
     * said (九点 → 09:00, 十二点 → 12:00), 13–23 are already 24-hour.
     */
    static int bareHour24(int hour) {
        if (hour < 0 || hour > 24) {
            return -1;
        }
        if (hour >= 1 && hour <= 6) {
            return hour + 12;
        }
        return hour == 24 ? 0 : hour;
    }
}
