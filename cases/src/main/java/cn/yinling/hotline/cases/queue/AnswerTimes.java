package cn.yinling.hotline.cases.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How quickly the agents answered the calls that joined a queue in [{@code from}, {@code to}),
 * overall and per queue. The telecare standard asks for shares answered within 60 s and within
 * 3 minutes of all calls offered; a call still waiting has no answer time yet, so the shares are of
 * the calls whose wait has ended (answered, abandoned, or left unanswered when Queue() gave up).
 */
public record AnswerTimes(Instant from, Instant to, Figures overall, Map<String, Figures> byQueue) {

    /** Calls whose queue is unknown (events without a Queue field) are counted under this name. */
    public static final String UNKNOWN_QUEUE = "?";

    public AnswerTimes {
        byQueue = Collections.unmodifiableMap(new TreeMap<>(byQueue));
    }

    /**
     * @param offered            calls that joined the queue (including those still waiting)
     * @param waiting            of those, calls still waiting (left out of the shares)
     * @param answered           calls an agent picked up (AgentConnect)
     * @param abandoned          callers who hung up while waiting (QueueCallerAbandon)
     * @param answeredWithin60s  answered after a wait of at most 60 s
     * @param answeredWithin180s answered after a wait of at most 180 s
     * @param shareWithin60s     answeredWithin60s / (offered - waiting); null when no wait has ended
     * @param shareWithin180s    answeredWithin180s / (offered - waiting); null when no wait has ended
     * @param averageWaitSeconds mean wait of the answered calls (speed of answer); null when none
     * @param p90WaitSeconds     90th percentile (nearest rank) of the answered calls' wait; null when none
     */
    public record Figures(long offered, long waiting, long answered, long abandoned, long answeredWithin60s,
            long answeredWithin180s, Double shareWithin60s, Double shareWithin180s, Double averageWaitSeconds,
            Integer p90WaitSeconds) {

        static Figures of(Collection<QueueCall> calls) {
            List<Integer> waits = new ArrayList<>();
            long abandoned = 0;
            long waiting = 0;
            for (QueueCall c : calls) {
                if (c.getAnsweredAt() != null && c.getWaitSeconds() != null) {
                    waits.add(c.getWaitSeconds());
                } else if (c.getOutcome() == QueueCallOutcome.ABANDONED) {
                    abandoned++;
                } else if (c.getOutcome() == QueueCallOutcome.WAITING) {
                    waiting++;
                }
            }
            waits.sort(null);
            long offered = calls.size();
            long within60 = waits.stream().filter(w -> w <= 60).count();
            long within180 = waits.stream().filter(w -> w <= 180).count();
            long ended = offered - waiting;
            return new Figures(offered, waiting, waits.size(), abandoned, within60, within180, share(within60, ended),
                    share(within180, ended),
                    waits.isEmpty() ? null : waits.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                    waits.isEmpty() ? null : waits.get((int) Math.ceil(0.9 * waits.size()) - 1));
        }

        private static Double share(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    static AnswerTimes of(Instant from, Instant to, List<QueueCall> calls) {
        Map<String, List<QueueCall>> grouped = new TreeMap<>();
        for (QueueCall c : calls) {
            String queue = c.getQueueName() == null ? UNKNOWN_QUEUE : c.getQueueName();
            grouped.computeIfAbsent(queue, q -> new ArrayList<>()).add(c);
        }
        Map<String, Figures> byQueue = new TreeMap<>();
        grouped.forEach((queue, list) -> byQueue.put(queue, Figures.of(list)));
        return new AnswerTimes(from, to, Figures.of(calls), byQueue);
    }
}
