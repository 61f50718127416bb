package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.console.dashboard.FigureQueries.EmergencyRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fast emergencies opened in the range were answered, the telecare way (an alarm answered within
 * 60 s, and within 3 minutes), and how long until the first responder accepted to go.
 *
 * <p>Answered means claimed by an agent (or assigned to one by a supervisor): the first such line on
 * the case's timeline. A share's base leaves out the emergencies still waiting that have not yet
 * waited that long, whose outcome is unknown; one still waiting beyond it counts against it, as does
 * one closed without a claim. Medians are nearest-rank (the lower middle of an even count). The time
 * to a responder runs from the case's opening to its first {@code RESPONDER_ACCEPTED} line.
 *
 * @param offered          emergencies opened in the range
 * @param within60         answered within 60 s
 * @param within60Percent  of those decided at 60 s; null when none is
 * @param within180        answered within 3 minutes
 * @param within180Percent of those decided at 3 minutes; null when none is
 * @param answered         answered at all
 * @param medianAnswer     seconds; null when none was answered
 * @param maxAnswer        seconds; null when none was answered
 * @param responded        emergencies to which a responder accepted to go
 * @param medianResponder  seconds; null when no responder accepted
 * @param maxResponder     seconds; null when no responder accepted
 */
record EmergencyFigures(long offered, long within60, Integer within60Percent, long within180, Integer within180Percent,
        long answered, Long medianAnswer, Long maxAnswer, long responded, Long medianResponder, Long maxResponder) {

    static EmergencyFigures of(List<EmergencyRow> rows, Instant now) {
        long[] answerSeconds = rows.stream().filter(r -> r.answeredAt() != null)
                .mapToLong(r -> seconds(r.openedAt(), r.answeredAt())).sorted().toArray();
        long[] responderSeconds = rows.stream().filter(r -> r.responderAcceptedAt() != null)
                .mapToLong(r -> seconds(r.openedAt(), r.responderAcceptedAt())).sorted().toArray();
        long within60 = count(answerSeconds, WaitFigures.ONE_MINUTE);
        long within180 = count(answerSeconds, WaitFigures.THREE_MINUTES);
        long base60 = rows.size() - stillWaitingUnder(rows, now, WaitFigures.ONE_MINUTE);
        long base180 = rows.size() - stillWaitingUnder(rows, now, WaitFigures.THREE_MINUTES);
        return new EmergencyFigures(rows.size(), within60, base60 == 0 ? null : Percent.of(within60, base60), within180,
                base180 == 0 ? null : Percent.of(within180, base180), answerSeconds.length, median(answerSeconds),
                max(answerSeconds), responderSeconds.length, median(responderSeconds), max(responderSeconds));
    }

    private static long stillWaitingUnder(List<EmergencyRow> rows, Instant now, int seconds) {
        return rows.stream().filter(r -> r.answeredAt() == null && r.waiting() && seconds(r.openedAt(), now) < seconds)
                .count();
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static long count(long[] sorted, int atMost) {
        return java.util.Arrays.stream(sorted).filter(s -> s <= atMost).count();
    }

    private static Long median(long[] sorted) {
        return sorted.length == 0 ? null : sorted[(sorted.length - 1) / 2];
    }

    private static Long max(long[] sorted) {
        return sorted.length == 0 ? null : sorted[sorted.length - 1];
    }
}
