package cn.yinling.hotline.ivr.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How long a caller joining the queue now would wait, from what Asterisk's QueueStatus reports. */
class WaitEstimateTest {

    private static final Duration ASSUMED = Duration.ofMinutes(4);

    @Test
    void behindThreeCallersWithOneBusyAgentAndFiveMinuteCallsTheWaitIsTwentyMinutes() {
        WaitEstimate e = WaitEstimate.of(queue(3, List.of(busy()), 300), 0, ASSUMED);
        assertThat(e.expected()).isEqualTo(Duration.ofMinutes(20));
        assertThat(e.longerThan(Duration.ofMinutes(2))).isTrue();
    }

    @Test
    void aFreeAgentAndNobodyWaitingMeansNoWait() {
        WaitEstimate e = WaitEstimate.of(queue(0, List.of(free()), 300), 0, ASSUMED);
        assertThat(e.expected()).isZero();
        assertThat(e.longerThan(Duration.ofMinutes(2))).isFalse();
    }

    @Test
    void twoAgentsShareTheLine() {
        WaitEstimate e = WaitEstimate.of(queue(3, List.of(busy(), busy()), 300), 0, ASSUMED);
        assertThat(e.expected()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void callbacksWaitingForTheirTurnAreAheadToo() {
        WaitEstimate e = WaitEstimate.of(queue(0, List.of(busy()), 60), 2, ASSUMED);
        assertThat(e.expected()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void beforeAsteriskHasATalkTimeTheAssumedOneCounts() {
        WaitEstimate e = WaitEstimate.of(queue(1, List.of(busy()), 0), 0, ASSUMED);
        assertThat(e.expected()).isEqualTo(Duration.ofMinutes(8));
        assertThat(e.why()).contains("assumed");
    }

    @Test
    void withNoAgentOnDutyTheWaitHasNoBound() {
        QueueStatus.Member paused = new QueueStatus.Member("agent1", 1, true, false);
        QueueStatus.Member loggedOut = new QueueStatus.Member("agent2", 5, false, false);
        WaitEstimate e = WaitEstimate.of(queue(0, List.of(paused, loggedOut), 120), 0, ASSUMED);
        assertThat(e.expected()).isNull();
        assertThat(e.longerThan(Duration.ofDays(1))).isTrue();
    }

    private static QueueStatus queue(int waiting, List<QueueStatus.Member> members, int talkSeconds) {
        return new QueueStatus(IntStream.range(0, waiting).mapToObj(i -> new QueueStatus.Entry("u" + i, 30L * i)).toList(),
                members, talkSeconds);
    }

    private static QueueStatus.Member busy() {
        return new QueueStatus.Member("agent", 2, false, true);
    }

    private static QueueStatus.Member free() {
        return new QueueStatus.Member("agent", 1, false, false);
    }
}
