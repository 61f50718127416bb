package cn.yinling.hotline.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Average, nearest-rank 90th percentile and service levels of waits. */
class WaitFiguresTest {

    @Test
    void theNinetiethPercentileOfTenWaitsIsTheNinth() {
        List<Long> waits = LongStream.rangeClosed(1, 10).map(i -> i * 10).boxed().toList();

        WaitFigures f = WaitFigures.of(waits, 10);

        assertThat(f.p90Seconds()).isEqualTo(90);
        assertThat(f.averageSeconds()).isEqualTo(55);
        assertThat(f.within60Percent()).isEqualTo(60);
        assertThat(f.within180Percent()).isEqualTo(100);
    }

    @Test
    void aWaitOfExactlySixtySecondsIsWithinSixtySeconds() {
        WaitFigures f = WaitFigures.of(List.of(60L, 61L), 2);

        assertThat(f.within60Percent()).isEqualTo(50);
        assertThat(f.p90Seconds()).isEqualTo(61);
    }

    @Test
    void unansweredWaitsCountAgainstTheServiceLevelOnly() {
        WaitFigures f = WaitFigures.of(List.of(20L), 4);

        assertThat(f.averageSeconds()).isEqualTo(20);
        assertThat(f.within60Percent()).isEqualTo(25);
    }

    @Test
    void noWaitsAreZeroNotAnError() {
        assertThat(WaitFigures.of(List.of(), 0)).isEqualTo(new WaitFigures(0, 0, 0, 0, 0, 0));
    }

    @Test
    void moreAnsweredThanDecidedIsRefused() {
        assertThatThrownBy(() -> WaitFigures.of(List.of(1L, 2L), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
