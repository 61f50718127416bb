package cn.yinling.hotline.bot.reply;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, dates, times, durations and money in Chinese words, for prompts read to elders
 * ("十一月二十五日星期三上午九点", "十二小时三十分钟", "一百二十元五角"), and the compact forms
 * shown on screens.
 */
public final class SpokenChinese {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern WEEKDAY_IN_BRACKETS = Pattern.compile("\\(周([一二三四五六日])\\)");
    private static final Pattern FIGURES = Pattern.compile("\\d{1,5}");

    private SpokenChinese() {
    }

    /** 0–99999 in words: 十, 十五, 二十, 一百零五, 两千 is written 二千 except where 两 is idiomatic (see {@link #count}). */
    public static String number(long n) {
        if (n < 0) {
            return "负" + number(-n);
        }
        if (n < 10) {
            return DIGITS[(int) n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[(int) (n % 10)]);
        }
        if (n >= 100_000) {
            return Long.toString(n);
        }
        String[] units = {"", "十", "百", "千", "万"};
        StringBuilder sb = new StringBuilder();
        String s = Long.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = true;
                continue;
            }
            if (pendingZero && sb.length() > 0) {
                sb.append('零');
            }
            pendingZero = false;
            sb.append(DIGITS[d]).append(units[unit]);
        }
        return sb.toString();
    }

    /** A count before a measure word: 2 is 两 (两小时, 两个预约). */
    public static String count(long n) {
        return n == 2 ? "两" : number(n);
    }

    public static String date(LocalDate d) {
        return number(d.getMonthValue()) + "月" + number(d.getDayOfMonth()) + "日" + "星期" + weekday(d.getDayOfWeek());
    }

    public static String dateShort(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日(周" + weekday(d.getDayOfWeek()) + ")";
    }

    public static String time(LocalTime t) {
        int h = t.getHour();
        String part = h < 5 ? "凌晨" : h < 12 ? "上午" : h < 13 ? "中午" : h < 18 ? "下午" : "晚上";
        int h12 = h > 12 ? h - 12 : h;
        String hour = (h12 == 2 ? "两" : number(h12)) + "点";
        int m = t.getMinute();
        String minutes = m == 0 ? "" : m == 30 ? "半" : number(m) + "分";
        return part + hour + minutes;
    }

    /** The day of the week in words: 星期二. */
    public static String weekday(LocalDate d) {
        return "星期" + weekday(d.getDayOfWeek());
    }

    public static String timeShort(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    public static String minutes(long total) {
        long h = total / 60;
        long m = total % 60;
        if (h == 0) {
            return number(m) + "分钟";
        }
        return count(h) + "小时" + (m == 0 ? "" : number(m) + "分钟");
    }

    public static String minutesShort(long total) {
        long h = total / 60;
        long m = total % 60;
        return h == 0 ? m + "分钟" : h + "小时" + (m == 0 ? "" : m + "分钟");
    }

    public static String money(long fen) {
        long yuan = fen / 100;
        long jiao = fen % 100 / 10;
        long f = fen % 10;
        StringBuilder sb = new StringBuilder(number(yuan)).append("元");
        if (jiao > 0) {
            sb.append(number(jiao)).append("角");
        }
        if (f > 0) {
            sb.append(number(f)).append("分");
        }
        return sb.toString();
    }

    public static String moneyShort(long fen) {
        return fen % 100 == 0 ? (fen / 100) + "元" : String.format("%d.%02d元", fen / 100, fen % 100);
    }

    /**
     * A text written for a screen, as it is said: the compact forms above in words ("3月3日(周二)14:00"
     * is "三月三日星期二下午两点", "5分" is "五分"). For option labels, which are written once for
     * every channel.
     */
    public static String read(String written) {
        String s = replace(CLOCK, written, m -> time(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        s = WEEKDAY_IN_BRACKETS.matcher(s).replaceAll("星期$1");
        return replace(FIGURES, s, m -> number(Long.parseLong(m.group())));
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> words) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(words.apply(m)));
        }
        return m.appendTail(sb).toString();
    }

    private static String weekday(DayOfWeek d) {
        return WEEKDAYS[d.getValue() - 1];
    }
}
