package cn.yinling.hotline.bot.nlu.slots;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A score of 1–5: 五星/5星/五颗星, 打五分/5分/给个三分, 满分 and 一百分 (→ 5), 评分：4, 给个4, a row of ★ or ⭐.
 * Half marks are rounded down (四星半 → 4, 4.5分 → 4): a caller who holds back half a star is not
 * giving full marks. Numbers outside 1–5 are no rating ("十分满意" = "very satisfied", "二十分钟" is a
 * duration), and neither are clock minutes ("九点五分", "差五分十点"), 三分之一 or 一分钱. When several are
 * named, one after 不是 gives way ("不是三分是四分" → 4). Thread-safe (immutable).
 */
public final class RatingExtractor {

    private static final String NUMBER = "([0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,3})";
    private static final Pattern STARS = Pattern.compile("(?<![周期拜0-9零〇一二两三四五六七八九十])" + NUMBER
            + "(?:\\.5)?(?:颗|个)?星(?![期级座])");
    private static final Pattern POINTS = Pattern.compile("(?<![0-9零〇一二两三四五六七八九十]点)(?<![:差第几0-9零〇一二两三四五六七八九十百.])" + NUMBER
            + "(?:\\.5)?分(?![钟之钱多半钟])");
    private static final Pattern SCORE_LABEL = Pattern.compile(
            "(?:评分|打分|分数|评价|给个|打个|给|打)[:：\\s]*([1-5])(?![0-9.点号月日:：折个块元次天位岁小])");
    private static final Pattern FULL_MARKS = Pattern.compile("满分");
    /** 星 (STARS), 分 (POINTS, 满分, and SCORE_LABEL's 评分/打分/分数), 评/给/打 (SCORE_LABEL), ★/⭐ (STAR_ROW). */
    private static final String CUE_CHARS = "星分评给打★⭐";
    private static final Pattern STAR_ROW = Pattern.compile("[★⭐](?:\uFE0F?[★⭐]){0,9}");

    public Optional<Integer> extract(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return extractNormalized(CharNormalizer.normalize(text));
    }

    /** The same as {@link #extract} for text already {@linkplain CharNormalizer#normalize normalised}. */
    Optional<Integer> extractNormalized(String t) {
        if (t.isBlank() || !CueSet.containsAnyChar(t, CUE_CHARS)) {
            return Optional.empty(); // every kind of score needs one of these
        }
        Integer found = null;
        int foundAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {STARS, POINTS, SCORE_LABEL}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                int value = score(m.group(1));
                if (value >= 1 && value <= 5 && better(t, m.start(), foundAt)) {
                    found = value;
                    foundAt = m.start();
                }
            }
        }
        Matcher full = FULL_MARKS.matcher(t);
        while (full.find()) {
            if (better(t, full.start(), foundAt)) {
                found = 5;
                foundAt = full.start();
            }
        }
        Matcher row = STAR_ROW.matcher(t);
        while (row.find()) {
            long stars = row.group().chars().filter(c -> c == '★' || c == '⭐').count();
            if (stars <= 5 && found == null) {
                found = (int) stars;
                foundAt = row.start();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The earliest score wins, except that one right after 不是 yields to any other. */
    private static boolean better(String t, int at, int currentAt) {
        if (currentAt == Integer.MAX_VALUE) {
            return true;
        }
        boolean currentDenied = deniedAt(t, currentAt);
        boolean denied = deniedAt(t, at);
        return currentDenied && !denied || currentDenied == denied && at < currentAt;
    }

    private static boolean deniedAt(String t, int at) {
        String before = t.substring(Math.max(0, at - 3), at);
        return before.contains("不是") || before.contains("不给");
    }

    private static int score(String number) {
        if (number.equals("一百") || number.equals("100")) {
            return 5;
        }
        return ChineseNumerals.parse(number);
    }
}
