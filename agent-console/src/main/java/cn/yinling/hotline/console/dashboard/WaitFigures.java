package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.queue.AnswerTimes;
import java.util.List;

/**
 * How long callers (or chatting family members) waited for a person.
 *
 * <p>{@code decided} counts the waits that have ended, answered or not (abandoned calls, chats
 * closed without a claim); those still waiting are left out because their outcome is unknown.
 * Average and 90th percentile are over the answered waits (the usual "average speed of answer");
 * the shares answered within 60 s and within 3 minutes are of all decided waits, so an abandoned
 * call counts against them. The percentile is the nearest-rank one: the smallest wait that at
 * least 90% of answered waits do not exceed.
 *
 * @param decided          waits that ended
 * @param answered         waits that ended with a person answering
 * @param averageSeconds   mean answered wait, rounded to whole seconds
 * @param p90Seconds       90th-percentile answered wait
 * @param within60Percent  share of decided waits answered within 60 s, in whole percent
 * @param within180Percent share of decided waits answered within 3 minutes, in whole percent
 */
record WaitFigures(long decided, long answered, long averageSeconds, long p90Seconds, int within60Percent,
        int within180Percent) {

    static final int ONE_MINUTE = 60;
    static final int THREE_MINUTES = 180;

    /**
     * @param answeredWaits seconds each answered wait lasted
     * @param decided       answered waits plus those that ended without an answer
     */
    static WaitFigures of(List<Long> answeredWaits, long decided) {
        if (answeredWaits.size() > decided) {
            throw new IllegalArgumentException("More answered waits than decided ones");
        }
        long[] sorted = answeredWaits.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        long sum = 0;
        for (long s : sorted) {
            sum += s;
        }
        long average = n == 0 ? 0 : Math.round((double) sum / n);
        long p90 = n == 0 ? 0 : sorted[(int) Math.ceil(0.9 * n) - 1];
        return new WaitFigures(decided, n, average, p90, Percent.of(count(sorted, ONE_MINUTE), decided),
                Percent.of(count(sorted, THREE_MINUTES), decided));
    }

    /** A queue's answer times as the domain counts them ({@link AnswerTimes}): calls still waiting are not decided. */
    static WaitFigures of(AnswerTimes.Figures calls) {
        long decided = calls.offered() - calls.waiting();
        return new WaitFigures(decided, calls.answered(),
                calls.averageWaitSeconds() == null ? 0 : Math.round(calls.averageWaitSeconds()),
                calls.p90WaitSeconds() == null ? 0 : calls.p90WaitSeconds(),
                Percent.of(calls.answeredWithin60s(), decided), Percent.of(calls.answeredWithin180s(), decided));
    }

    private static long count(long[] sorted, int atMost) {
        return java.util.Arrays.stream(sorted).filter(s -> s <= atMost).count();
    }
}
