package cn.yinling.hotline.bot.nlu.slots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the one date (or time) an utterance means when it names several, following the labelling
 * conventions:
 * <ol>
 * <li>alternatives are no answer: "是明天还是后天" gives neither;</li>
 * <li>a denied mention is out: "不是明天是后天", "别明天来了", "别拖到明天";</li>
 * <li>a rejected one is only a fallback: "礼拜三不行…", "十一点太晚了…", "明天家里没人";</li>
 * <li>when the caller moves an appointment ("改到", "换成", "推到", "明天上午改下午"…) the mention after
 * the first such word is the new target;</li>
 * <li>otherwise the first remaining mention wins (in a complaint the booked time is said first:
 * "约好九点来的现在都十点了").</li>
 * </ol>
 * Optionally drops booking-time mentions ("我上午打电话约的…"). Works on normalised text. Stateless.
 */
final class MentionSelector {

    private static final Pattern DENIED_BEFORE = Pattern.compile("(不是|不要|别拖到|别等|别|而不是)[^，。,.!！?？、；;\\s]{0,2}$");
    private static final Pattern REJECTED_AFTER = Pattern.compile(
            "^[^，。,.!！?？；;]{0,3}?(不行|不可以|不方便|太晚|太早|太赶|太急|太热|不在家|有事|没空|没时间|不合适|没人|去不了|来不了)");
    private static final Pattern BOOKED_AFTER = Pattern.compile(
            "^的?[^，。,.!！?？；;]{0,8}?(约的|约了|预约的|预约了|订的|订了)");
    private static final Pattern MOVE_MARKER = Pattern.compile(
            "改到|改成|改为|改去|改在|换到|换成|换在|挪到|推到|调到|调成|延到|延后到|推迟到|提前到|移到");

    private MentionSelector() {
    }

    static <M extends Mention> Optional<M> select(String text, List<M> mentions, boolean keepBookingTimes) {
        List<M> live = new ArrayList<>();
        for (M m : mentions) {
            if (isAlternative(text, m) || isDenied(text, m)) {
                continue;
            }
            if (!keepBookingTimes && m.couldBeWhenBooked() && BOOKED_AFTER.matcher(after(text, m)).find()) {
                continue;
            }
            live.add(m);
        }
        if (live.isEmpty()) {
            return Optional.empty();
        }
        int marker = moveMarkerEnd(text, live);
        if (marker >= 0) {
            Optional<M> target = preferAccepted(text, live.stream().filter(m -> m.start() >= marker).toList());
            if (target.isPresent()) {
                return target;
            }
        }
        return preferAccepted(text, live);
    }

    private static <M extends Mention> Optional<M> preferAccepted(String text, List<M> candidates) {
        return candidates.stream().filter(m -> !REJECTED_AFTER.matcher(after(text, m)).find()).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** End of the first "move it to" word, or of a bare 改/换 right before a mention; -1 when none. */
    private static int moveMarkerEnd(String text, List<? extends Mention> mentions) {
        int end = Integer.MAX_VALUE;
        Matcher m = MOVE_MARKER.matcher(text);
        if (m.find()) {
            end = m.end();
        }
        for (Mention mention : mentions) {
            if (mention.start() > 0 && "改换".indexOf(text.charAt(mention.start() - 1)) >= 0) {
                end = Math.min(end, mention.start());
            }
        }
        return end == Integer.MAX_VALUE ? -1 : end;
    }

    private static boolean isAlternative(String text, Mention m) {
        return text.startsWith("还是", m.end()) || (m.start() >= 2 && text.startsWith("还是", m.start() - 2));
    }

    private static boolean isDenied(String text, Mention m) {
        int from = Math.max(0, m.start() - 5);
        Matcher d = DENIED_BEFORE.matcher(text.substring(from, m.start()));
        if (!d.find()) {
            return false;
        }
        int at = from + d.start();
        char prev = at > 0 ? text.charAt(at - 1) : ' ';
        String word = d.group(1);
        // 是不是明天 / 要不要明天 are questions, 特别/区别 are not 别
        return !(word.startsWith("不") && (prev == '是' || prev == '要'))
                && !(word.equals("别") && "特区分级性类个".indexOf(prev) >= 0);
    }

    static String after(String text, Mention m) {
        return text.substring(m.end(), Math.min(text.length(), m.end() + 12));
    }
}
