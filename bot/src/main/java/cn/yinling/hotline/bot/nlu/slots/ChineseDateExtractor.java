package cn.yinling.hotline.bot.nlu.slots;

import cn.yinling.hotline.bot.nlu.DateSlot;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the date a caller names and resolves it against the clock's zone and today. The phrase is
 * the literal substring as said (traditional characters and full-width digits included).
 *
 * <p>Understood, with Chinese or Arabic numerals:
 * <ul>
 * <li>relative days, words listed in {@code nlu/relative-days.tsv}: 今天/今儿(个)/今日, 明天/明儿(个)/明日/听日,
 * 后天/后儿(个)/后日, 大后天, 过两天 (two days on), 昨天 and 前天 (past);
 * 今晚/明早/明晚 count as the day too;</li>
 * <li>weekdays on Monday-based weeks: 周五/星期五/礼拜五/礼拜天 alone = the next such day <em>on or after</em>
 * today (周五 on a Friday is today); 这周五/这个星期五/本周五 = that day of the current week (may lie in
 * the past); 下周三/下个礼拜三/下星期三 = that day of next week; 下下周三 the week after; 上周六 (past);
 * 每周二 = the next Tuesday;</li>
 * <li>weeks: 这周/这个礼拜 = today, 下周/下个礼拜 = next Monday, 上周 = last Monday (past); 周末 = the coming
 * Saturday (today on a weekend), 下周末 = next week's Saturday;</li>
 * <li>days of the month: 15号/15日/十五号/廿五号 = this month if that day is still ahead (today counts),
 * otherwise the next month that has the day; 下个月5号; 3月5日/三月五号 = this year, or next year once
 * past (2月29日 → the next leap year);</li>
 * <li>month hints: 下个月 = the 1st of next month, 上个月 = the 1st of last month (past), 月底/月末 = the
 * last day of this month, 月初 = the 1st of next month (today on the 1st), 月中 = the 15th (next month
 * once past), each with 下个/这个/本 or a month number (3月底); 下个月初三/3月初五 = that day of the month.</li>
 * </ul>
 * Not understood: holidays (中秋, 春节), lunar dates (初五), years, 这个月 alone (too vague to book),
 * spans ("五号到八号" gives 五号). When several dates are named {@link MentionSelector} picks one.
 * Thread-safe (immutable).
 */
public final class ChineseDateExtractor {

    private static final String N = ChineseNumerals.PATTERN;

    static final String RELATIVE_DAYS_RESOURCE = "nlu/relative-days.tsv";

    private static final Map<String, Integer> RELATIVE_DAYS = loadRelativeDays();
    private static final Pattern RELATIVE = Pattern.compile(String.join("|", RELATIVE_DAYS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()));

    private static final String RELATIVE_FIRST_CHARS = RELATIVE_DAYS.keySet().stream()
            .map(w -> w.substring(0, 1)).distinct().sorted().collect(Collectors.joining());

    private static final String WEEK_PREFIX = "(这个|这|本|下下个|下下|下个|下|上个|上|每个|每)";
    private static final Pattern WEEKDAY = Pattern.compile(WEEK_PREFIX + "?(周|星期|礼拜)([一二三四五六日天1-7])");
    private static final Pattern WEEK = Pattern.compile(WEEK_PREFIX + "(周|星期|礼拜)(?![一二三四五六日天1-7几末])");
    private static final Pattern WEEKEND = Pattern.compile("(这个|这|本|下个|下|上个|上)?周末");
    private static final Pattern MONTH_PART = Pattern.compile("(?:(下个|下|这个|本|上个|上)|(" + N + "))?月(初|底|末|中)");
    /** 下个月初三, 3月初五: the nth day of that month, 初一 to 初十 (never alone: 初五 alone is lunar). */
    private static final Pattern MONTH_DAY_CHU = Pattern.compile(
            "(?:(下个|下|这个|本)|(" + N + "))月初([一二三四五六七八九]|十)(?![一二三四五六七八九十])");
    private static final Pattern MONTH = Pattern.compile("(下个|下|上个|上)月(?![初底末中份0-9零〇一二两三四五六七八九十廿卅])");
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "(?:(下个|下|这个|本)月|(" + N + ")月份?)?(" + N + ")(号|日)");

    private static final String NUMERAL_CHARS = "0123456789零〇一二两三四五六七八九十廿卅几个";
    private static final Pattern NOT_A_DAY_AFTER_HAO = Pattern.compile("^(楼|线|床|房|门|院|机|码|牌|车|窗|单元|病房|选手|店|位|球|人|台)");
    private static final Pattern NOT_A_DAY_AFTER_RI = Pattern.compile("^(内|后|游|之|以|前|元|子|左右)");
    private static final String DAYS = "一二三四五六日";

    /** The date the utterance is about, keeping every kind of mention. */
    public Optional<DateSlot> extract(String text, Clock clock) {
        return extract(text, clock, SelectionPolicy.KEEP_ALL);
    }

    public Optional<DateSlot> extract(String text, Clock clock, SelectionPolicy policy) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return extract(text, CharNormalizer.normalize(text), clock, policy);
    }

    /** The same for text whose {@linkplain CharNormalizer#normalize normalised} form is already at hand. */
    Optional<DateSlot> extract(String text, String normalized, Clock clock, SelectionPolicy policy) {
        if (normalized.isBlank()) {
            return Optional.empty();
        }
        List<DateMention> kept = findAll(normalized, LocalDate.now(clock)).stream()
                .filter(m -> policy.keepPastReferences() || !m.past())
                .filter(m -> policy.keepMonthLevel() || !m.monthLevel())
                .toList();
        return MentionSelector.select(normalized, kept, policy.keepBookingTimes())
                .map(m -> new DateSlot(text.substring(m.start(), m.end()), m.date()));
    }

    /** Every date mention in normalised text, in order, without overlaps (the longest wins). */
    List<DateMention> findAll(String text, LocalDate today) {
        // each kind of mention needs a character of its own; most messages have none of them
        List<DateMention> found = new ArrayList<>();
        if (CueSet.containsAnyChar(text, RELATIVE_FIRST_CHARS)) {
            relativeDays(text, today, found);
        }
        if (text.indexOf('周') >= 0 || text.contains("星期") || text.contains("礼拜")) {
            weekdays(text, today, found);
            weeks(text, today, found);
        }
        if (text.indexOf('月') >= 0) {
            monthParts(text, today, found);
            monthDays(text, today, found);
            months(text, today, found);
        }
        if (text.indexOf('号') >= 0 || text.indexOf('日') >= 0) {
            daysOfMonth(text, today, found);
        }
        return found.isEmpty() ? List.of() : withoutOverlaps(found);
    }

    private static void relativeDays(String text, LocalDate today, List<DateMention> out) {
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            String word = m.group();
            char before = charBefore(text, m.start());
            if (word.endsWith("后天") && "然之以最落往向背先".indexOf(before) >= 0
                    || word.equals("前天") && "提往向之以".indexOf(before) >= 0) {
                continue;
            }
            int offset = RELATIVE_DAYS.get(word);
            out.add(new DateMention(m.start(), m.end(), today.plusDays(offset), offset < 0, offset == 0, false));
        }
    }

    private static void weekdays(String text, LocalDate today, List<DateMention> out) {
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            String prefix = m.group(1) == null ? "" : m.group(1);
            int start = m.start();
            if (isStrayPrefix(text, prefix, start)) {
                prefix = prefix.substring(1);
                start++;
            }
            if (prefix.isEmpty() && NUMERAL_CHARS.indexOf(charBefore(text, start)) >= 0
                    || text.startsWith("次", m.end()) || text.startsWith("趟", m.end())
                    || text.startsWith("回", m.end()) || text.startsWith("遍", m.end())) {
                continue; // 一周三次, 每周一次: a frequency, not a day
            }
            DayOfWeek day = dayOfWeek(m.group(3));
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            LocalDate date;
            boolean past = false;
            switch (prefix) {
                case "这个", "这", "本" -> date = monday.with(day);
                case "下个", "下" -> date = monday.plusWeeks(1).with(day);
                case "下下个", "下下" -> date = monday.plusWeeks(2).with(day);
                case "上个", "上" -> {
                    date = monday.minusWeeks(1).with(day);
                    past = true;
                }
                default -> date = today.with(TemporalAdjusters.nextOrSame(day));
            }
            out.add(new DateMention(start, m.end(), date, past, false, false));
        }
    }

    /** The first 下/上 of 一下 ("约一下周三", "预约一下下周"), 早上/晚上, 马上 is not "next/last week". */
    private static boolean isStrayPrefix(String text, String prefix, int start) {
        return prefix != null && (prefix.startsWith("下") || prefix.startsWith("上"))
                && "一早晚马往向".indexOf(charBefore(text, start)) >= 0;
    }

    private static void weeks(String text, LocalDate today, List<DateMention> out) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        Matcher m = WEEK.matcher(text);
        while (m.find()) {
            String prefix = m.group(1);
            int start = m.start();
            if (isStrayPrefix(text, prefix, start)) {
                prefix = prefix.substring(1);
                start++;
            }
            switch (prefix) {
                case "这个", "这", "本" -> out.add(new DateMention(start, m.end(), today, false, true, false));
                case "下个", "下" -> out.add(new DateMention(start, m.end(), monday.plusWeeks(1), false, false, false));
                case "下下个", "下下" -> out.add(new DateMention(start, m.end(), monday.plusWeeks(2), false, false, false));
                case "上个", "上" -> out.add(new DateMention(start, m.end(), monday.minusWeeks(1), true, false, false));
                default -> {
                    // 每周 / 每个礼拜: a frequency
                }
            }
        }
        Matcher w = WEEKEND.matcher(text);
        while (w.find()) {
            String prefix = w.group(1) == null ? "" : w.group(1);
            LocalDate saturday = monday.with(DayOfWeek.SATURDAY);
            LocalDate date = switch (prefix) {
                case "下个", "下" -> saturday.plusWeeks(1);
                case "上个", "上" -> saturday.minusWeeks(1);
                default -> today.isAfter(saturday) ? today : saturday;
            };
            out.add(new DateMention(w.start(), w.end(), date, prefix.startsWith("上"), false, false));
        }
    }

    private static void monthParts(String text, LocalDate today, List<DateMention> out) {
        Matcher m = MONTH_PART.matcher(text);
        while (m.find()) {
            YearMonth month;
            boolean past = false;
            boolean explicit = m.group(2) != null;
            if (explicit) {
                int number = ChineseNumerals.parse(m.group(2));
                if (number < 1 || number > 12) {
                    continue;
                }
                month = YearMonth.of(today.getYear(), number);
                if (month.isBefore(YearMonth.from(today))) {
                    month = month.plusYears(1);
                }
            } else {
                String prefix = m.group(1) == null ? "" : m.group(1);
                month = YearMonth.from(today).plusMonths(switch (prefix) {
                    case "下个", "下" -> 1;
                    case "上个", "上" -> -1;
                    default -> 0;
                });
                past = prefix.startsWith("上");
            }
            LocalDate date = switch (m.group(3)) {
                case "初" -> explicit || m.group(1) != null || today.getDayOfMonth() == 1
                        ? month.atDay(1) : month.plusMonths(1).atDay(1);
                case "中" -> explicit || m.group(1) != null || today.getDayOfMonth() <= 15
                        ? month.atDay(15) : month.plusMonths(1).atDay(15);
                default -> month.atEndOfMonth();
            };
            out.add(new DateMention(m.start(), m.end(), date, past, false, true));
        }
    }

    private static void monthDays(String text, LocalDate today, List<DateMention> out) {
        Matcher m = MONTH_DAY_CHU.matcher(text);
        while (m.find()) {
            YearMonth month;
            if (m.group(2) != null) {
                int number = ChineseNumerals.parse(m.group(2));
                if (number < 1 || number > 12) {
                    continue;
                }
                month = YearMonth.of(today.getYear(), number);
                if (month.isBefore(YearMonth.from(today))) {
                    month = month.plusYears(1);
                }
            } else {
                month = YearMonth.from(today).plusMonths(m.group(1).startsWith("下") ? 1 : 0);
            }
            LocalDate date = month.atDay(ChineseNumerals.parse(m.group(3)));
            out.add(new DateMention(m.start(), m.end(), date, date.isBefore(today), date.equals(today), false));
        }
    }

    private static Map<String, Integer> loadRelativeDays() {
        java.io.InputStream in = ChineseDateExtractor.class.getClassLoader().getResourceAsStream(RELATIVE_DAYS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Relative day words not on the classpath: " + RELATIVE_DAYS_RESOURCE);
        }
        Map<String, Integer> days = new java.util.HashMap<>();
        try (java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || days.put(cols[0].strip(), Integer.parseInt(cols[1].strip())) != null) {
                    throw new IllegalStateException(RELATIVE_DAYS_RESOURCE + ": needs word<TAB>days, once each: " + line);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(days);
    }

    private static void months(String text, LocalDate today, List<DateMention> out) {
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            boolean past = m.group(1).startsWith("上");
            LocalDate first = YearMonth.from(today).plusMonths(past ? -1 : 1).atDay(1);
            out.add(new DateMention(m.start(), m.end(), first, past, false, true));
        }
    }

    private static void daysOfMonth(String text, LocalDate today, List<DateMention> out) {
        Matcher m = DAY_OF_MONTH.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
            boolean hao = m.group(4).equals("号");
            if (Character.isDigit(charBefore(text, m.start()))
                    || (hao ? NOT_A_DAY_AFTER_HAO : NOT_A_DAY_AFTER_RI).matcher(rest).find()
                    || "第几周期拜编".indexOf(charBefore(text, m.start())) >= 0) {
                continue;
            }
            int day = ChineseNumerals.parse(m.group(3));
            if (day < 1 || day > 31) {
                continue;
            }
            LocalDate date;
            if (m.group(2) != null) {
                int month = ChineseNumerals.parse(m.group(2));
                if (month < 1 || month > 12 || day > YearMonth.of(2000, month).lengthOfMonth()) {
                    continue;
                }
                date = nextMonthDay(today, month, day);
            } else if (m.group(1) != null) {
                YearMonth month = YearMonth.from(today).plusMonths(m.group(1).startsWith("下") ? 1 : 0);
                date = month.atDay(Math.min(day, month.lengthOfMonth()));
            } else {
                date = nextDayOfMonth(today, day);
            }
            out.add(new DateMention(m.start(), m.end(), date, false, false, false));
        }
    }

    /** The day in this month if still ahead (today counts), else the next month that has it. */
    static LocalDate nextDayOfMonth(LocalDate today, int day) {
        YearMonth month = YearMonth.from(today);
        if (day < today.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        while (day > month.lengthOfMonth()) {
            month = month.plusMonths(1);
        }
        return month.atDay(day);
    }

    /** Month/day this year, or the next year once past (29 Feb: the next leap year). */
    static LocalDate nextMonthDay(LocalDate today, int month, int day) {
        int year = today.getYear();
        while (true) {
            YearMonth ym = YearMonth.of(year, month);
            if (day <= ym.lengthOfMonth() && !ym.atDay(day).isBefore(today)) {
                return ym.atDay(day);
            }
            year++;
        }
    }

    private static DayOfWeek dayOfWeek(String s) {
        char c = s.charAt(0);
        if (c == '天' || c == '日' || c == '7') {
            return DayOfWeek.SUNDAY;
        }
        return Character.isDigit(c) ? DayOfWeek.of(c - '0') : DayOfWeek.of(DAYS.indexOf(c) + 1);
    }

    private static char charBefore(String text, int index) {
        return index > 0 ? text.charAt(index - 1) : ' ';
    }

    static <M extends Mention> List<M> withoutOverlaps(List<M> found) {
        List<M> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<M> kept = new ArrayList<>();
        int reached = -1;
        for (M m : sorted) {
            if (m.start() >= reached) {
                kept.add(m);
                reached = m.end();
            }
        }
        return kept;
    }
}
