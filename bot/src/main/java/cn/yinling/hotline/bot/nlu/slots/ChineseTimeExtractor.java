package cn.yinling.hotline.bot.nlu.slots;

import cn.yinling.hotline.bot.nlu.TimeSlot;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time of day a caller names: the literal phrase as said and the range it means.
 *
 * <ul>
 * <li>parts of the day alone are ranges ({@link PartOfDay}): 上午 08–12, 中午 11–13, 下午 13–18, 晚上
 * 18–21, 早上/早晨 07–10, 傍晚 17–19, 凌晨 00–06;</li>
 * <li>clock times are points, with Chinese or Arabic numerals: 下午三点 (15:00), 上午十点, 晚上七点,
 * 九点半, 两点钟, 三点一刻, 三点十五(分), 10点, 10:30, 差五分十点 (09:55); the phrase keeps the part of the
 * day ("下午三点", not "三点");</li>
 * <li>an hour alone assumes working hours: 1–6 afternoon (三点 → 15:00), 7–12 as said;</li>
 * <li>"两点到四点" is one range.</li>
 * </ul>
 * Not times: greetings (下午好), durations (一上午, 二十分钟, 两个钟头), "一点" meaning "a little"
 * (早一点, 一点都不干净), approximate observations ("现在都十点了", "十点多", "早上到现在"), which are
 * found but never chosen. A date word before a time (明天上午) is left to {@link ChineseDateExtractor}.
 * Thread-safe (immutable).
 */
public final class ChineseTimeExtractor {

    private static final String PART = "(" + PartOfDay.PATTERN + ")";
    private static final String HOUR = "([0-9]{1,2}|[零〇一二两三四五六七八九十]{1,3})";
    private static final String MINUTE = "([0-9]{1,2}|[零〇一二三四五六七八九十]{1,3})";
    /** Groups: 1 part, 2 差N分, 3 差一刻, 4 hour, 5 钟, 6 半, 7 一刻, 8 三刻, 9 minutes, 10 分. */
    private static final Pattern CLOCK = Pattern.compile(PART + "?(?:差" + MINUTE + "分钟?|差(一刻))?(?<![0-9])" + HOUR
            + "点(钟)?(?:(半)|(一刻)|(三刻)|过?" + MINUTE + "(分)?)?");
    /** Groups: 1 part, 2 hour, 3 minutes. */
    private static final Pattern DIGITAL = Pattern.compile(PART + "?(?<![0-9])([01]?[0-9]|2[0-3]):([0-5][0-9])(?![0-9])");
    private static final Pattern PART_ALONE = Pattern.compile(PART);
    private static final CueSet ANY_PART = CueSet.compile(PartOfDay.PATTERN);
    private static final Pattern RANGE_JOINER = Pattern.compile("^(到|至|-|~|—)");

    private static final Pattern NOT_A_CLOCK_AFTER = Pattern.compile("^(子|心|菜|头|儿|赞|评|水|数|滴)");
    private static final Pattern NOT_A_PART_AFTER = Pattern.compile("^(好|安|茶|饭)");
    private static final Pattern DURATION_BEFORE = Pattern.compile("(一|整|半|两|几)个$");
    private static final Pattern OBSERVED_BEFORE = Pattern.compile("(现在|都|已经|快|平时|平常)[^，。,.!！?？]{0,2}$");
    private static final Pattern OBSERVED_AFTER = Pattern.compile("^(多|以来|就起)");

    /** The time the utterance is about, keeping every kind of mention. */
    public Optional<TimeSlot> extract(String text, Clock clock) {
        return extract(text, clock, SelectionPolicy.KEEP_ALL);
    }

    /** The clock is not needed to read a time of day; it is taken for symmetry with dates. */
    public Optional<TimeSlot> extract(String text, Clock clock, SelectionPolicy policy) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return extract(text, CharNormalizer.normalize(text), policy);
    }

    /** The same for text whose {@linkplain CharNormalizer#normalize normalised} form is already at hand. */
    Optional<TimeSlot> extract(String text, String normalized, SelectionPolicy policy) {
        if (normalized.isBlank()) {
            return Optional.empty();
        }
        List<TimeMention> live = findAll(normalized).stream().filter(m -> !m.observation()).toList();
        return MentionSelector.select(normalized, live, policy.keepBookingTimes())
                .map(m -> new TimeSlot(text.substring(m.start(), m.end()), m.from(), m.to()));
    }

    /** Every time mention in normalised text, in order, without overlaps (the longest wins). */
    List<TimeMention> findAll(String text) {
        // a clock time needs 点 or ':', a part of the day one of its words; most messages have none
        List<TimeMention> found = new ArrayList<>();
        boolean part = ANY_PART.foundIn(text);
        if (text.indexOf('点') >= 0) {
            Matcher c = CLOCK.matcher(text);
            while (c.find()) {
                clockTime(text, c).map(t -> withRange(text, t)).ifPresent(found::add);
            }
        }
        if (text.indexOf(':') >= 0) {
            Matcher d = DIGITAL.matcher(text);
            while (d.find()) {
                digitalTime(text, d).map(t -> withRange(text, t)).ifPresent(found::add);
            }
        }
        if (part) {
            Matcher p = PART_ALONE.matcher(text);
            while (p.find()) {
                partAlone(text, p).ifPresent(found::add);
            }
        }
        return found.isEmpty() ? List.of() : ChineseDateExtractor.withoutOverlaps(found);
    }

    private static Optional<TimeMention> clockTime(String text, Matcher m) {
        String partWord = m.group(1);
        int hour = ChineseNumerals.parse(m.group(4));
        int minute = 0;
        int end = m.group(5) != null ? m.end(5) : m.end(4) + 1;
        boolean minutesSaid = false;
        if (m.group(6) != null) {
            minute = 30;
            end = m.end(6);
            minutesSaid = true;
        } else if (m.group(7) != null) {
            minute = 15;
            end = m.end(7);
            minutesSaid = true;
        } else if (m.group(8) != null) {
            minute = 45;
            end = m.end(8);
            minutesSaid = true;
        } else if (m.group(9) != null) {
            int value = ChineseNumerals.parse(m.group(9));
            boolean plausible = m.group(10) != null || m.group(9).length() >= 2;
            if (plausible && value >= 0 && value < 60) {
                minute = value;
                end = m.group(10) != null ? m.end(10) : m.end(9);
                minutesSaid = true;
            }
        }
        if (hour < 0) {
            return Optional.empty();
        }
        boolean bare = partWord == null && m.group(2) == null && m.group(3) == null;
        if (bare && !minutesSaid && m.group(5) == null) {
            if (hour == 1 || hour == 2 && "早晚快慢多少好差大小高低轻重有这那".indexOf(charBefore(text, m.start(4))) >= 0) {
                return Optional.empty(); // 一点 = "a little", 有两点 = "two points"
            }
        }
        if (NOT_A_CLOCK_AFTER.matcher(ahead(text, m.end(4) + 1)).find() && !minutesSaid && m.group(5) == null) {
            return Optional.empty(); // 一点点, 点心, 点菜
        }
        int hour24 = partWord == null ? PartOfDay.bareHour24(hour) : PartOfDay.of(partWord).orElseThrow().hour24(hour);
        if (hour24 < 0 || hour24 > 23) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hour24, minute);
        if (m.group(2) != null || m.group(3) != null) {
            int before = m.group(3) != null ? 15 : ChineseNumerals.parse(m.group(2));
            if (before <= 0 || before >= 60 || minutesSaid) {
                return Optional.empty();
            }
            time = time.minusMinutes(before);
        }
        return Optional.of(new TimeMention(m.start(), end, time, time, observed(text, m.start(), end)));
    }

    private static Optional<TimeMention> digitalTime(String text, Matcher m) {
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int hour24 = m.group(1) == null ? hour : PartOfDay.of(m.group(1)).orElseThrow().hour24(hour);
        if (hour24 < 0 || hour24 > 23) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hour24, minute);
        return Optional.of(new TimeMention(m.start(), m.end(), time, time, observed(text, m.start(), m.end())));
    }

    private static Optional<TimeMention> partAlone(String text, Matcher m) {
        boolean duration = charBefore(text, m.start()) == '一' && "周期拜".indexOf(charBefore(text, m.start() - 1)) < 0;
        if (NOT_A_PART_AFTER.matcher(ahead(text, m.end())).find() || duration || DURATION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()) {
            return Optional.empty(); // 下午好, 一上午, 一个上午, 整个下午
        }
        PartOfDay part = PartOfDay.of(m.group(1)).orElseThrow();
        boolean observation = observed(text, m.start(), m.end()) || text.startsWith("到现在", m.end());
        return Optional.of(new TimeMention(m.start(), m.end(), part.from(), part.to(), observation));
    }

    /** "两点到四点": a range when a second clock time follows a joiner and does not end before the first. */
    private static TimeMention withRange(String text, TimeMention first) {
        Matcher joiner = RANGE_JOINER.matcher(ahead(text, first.end()));
        if (!joiner.find()) {
            return first;
        }
        int at = first.end() + joiner.end();
        Matcher second = CLOCK.matcher(text);
        second.region(at, text.length());
        if (!second.lookingAt()) {
            return first;
        }
        Optional<TimeMention> to = clockTime(text, second);
        if (to.isEmpty()) {
            return first;
        }
        LocalTime end = to.get().from();
        if (second.group(1) == null && first.from().getHour() >= 12 && end.getHour() < 12) {
            end = end.plusHours(12); // 下午两点到七点
        }
        if (!end.isAfter(first.from())) {
            return first;
        }
        return new TimeMention(first.start(), to.get().end(), first.from(), end, first.observation());
    }

    private static boolean observed(String text, int start, int end) {
        return OBSERVED_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()
                || OBSERVED_AFTER.matcher(ahead(text, end)).find();
    }

    /** The few chars from {@code index} on (enough for every look-ahead here, cheap on long input). */
    private static String ahead(String text, int index) {
        return text.substring(Math.min(index, text.length()), Math.min(text.length(), index + 6));
    }

    private static char charBefore(String text, int index) {
        return index > 0 ? text.charAt(index - 1) : ' ';
    }
}
