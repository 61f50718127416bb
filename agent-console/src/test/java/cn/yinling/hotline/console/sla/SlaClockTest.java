package cn.yinling.hotline.console.sla;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.console.ConsoleMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T01:00:00Z");

    private static SlaReading at(Duration sinceOpened, String type, Duration allowed, SlaProperties properties, boolean open) {
        Clock clock = Clock.fixed(OPENED.plus(sinceOpened), ZoneOffset.UTC);
        return new SlaClock(properties, new ConsoleMessages(), clock).read(type, OPENED, OPENED.plus(allowed), open);
    }

    private static SlaReading handoffAt(Duration sinceOpened) {
        return at(sinceOpened, "HANDOFF", Duration.ofMinutes(15), new SlaProperties(25, null), true);
    }

    @Nested
    class ByShareOfTheAllowedTime {

        @Test
        void countsDownToTheSecondWhileOnTime() {
            SlaReading r = handoffAt(Duration.ofMinutes(4).plusSeconds(30));
            assertThat(r.stage()).isEqualTo(SlaReading.Stage.ON_TIME);
            assertThat(r.label()).isEqualTo("剩余 10分30秒");
            assertThat(r.dueAt()).isEqualTo(OPENED.plus(Duration.ofMinutes(15)).toEpochMilli());
        }

        @Test
        void warnsWhenAQuarterOfFifteenMinutesIsLeft() {
            assertThat(handoffAt(Duration.ofSeconds(11 * 60 + 14)).stage()).isEqualTo(SlaReading.Stage.ON_TIME);
            SlaReading r = handoffAt(Duration.ofSeconds(11 * 60 + 15));
            assertThat(r.stage()).isEqualTo(SlaReading.Stage.WARNING);
            assertThat(r.cssClass()).isEqualTo("sla sla-warning");
            assertThat(r.warnAt()).isEqualTo(OPENED.plusSeconds(11 * 60 + 15).toEpochMilli());
        }

        @Test
        void atTheDeadlineItIsStillInTime() {
            assertThat(handoffAt(Duration.ofMinutes(15)).stage()).isEqualTo(SlaReading.Stage.WARNING);
        }

        @Test
        void afterTheDeadlineSaysHowManyMinutesLate() {
            SlaReading r = handoffAt(Duration.ofMinutes(22).plusSeconds(59));
            assertThat(r.stage()).isEqualTo(SlaReading.Stage.BREACHED);
            assertThat(r.label()).isEqualTo("已超时 7 分钟");
        }

        @Test
        void longLateCasesAreCountedInHoursAndDays() {
            assertThat(handoffAt(Duration.ofMinutes(15 + 125)).label()).isEqualTo("已超时 2小时5分钟");
            assertThat(handoffAt(Duration.ofMinutes(15).plusHours(51)).label()).isEqualTo("已超时 2天3小时");
        }
    }

    @Test
    void aComplaintOfTwoDaysShowsDaysAndHoursLeft() {
        SlaReading r = at(Duration.ofHours(5), "COMPLAINT", Duration.ofDays(2), new SlaProperties(25, null), true);
        assertThat(r.label()).isEqualTo("剩余 1天19小时");
        assertThat(r.stage()).isEqualTo(SlaReading.Stage.ON_TIME);
    }

    @Test
    void aFixedWarningForTheCaseTypeReplacesTheShare() {
        SlaProperties twoMinutesBeforeEmergencies = new SlaProperties(25, Map.of("EMERGENCY", Duration.ofMinutes(2)));
        assertThat(at(Duration.ofSeconds(179), "EMERGENCY", Duration.ofMinutes(5), twoMinutesBeforeEmergencies, true).stage())
                .isEqualTo(SlaReading.Stage.ON_TIME);
        assertThat(at(Duration.ofSeconds(180), "EMERGENCY", Duration.ofMinutes(5), twoMinutesBeforeEmergencies, true).stage())
                .isEqualTo(SlaReading.Stage.WARNING);
        assertThat(at(Duration.ofSeconds(180), "HANDOFF", Duration.ofMinutes(5), twoMinutesBeforeEmergencies, true).stage())
                .as("other types keep the share: 75 s before").isEqualTo(SlaReading.Stage.ON_TIME);
    }

    @Test
    void aClosedCaseStopsTheClock() {
        SlaReading r = at(Duration.ofHours(3), "HANDOFF", Duration.ofMinutes(15), new SlaProperties(25, null), false);
        assertThat(r.stage()).isEqualTo(SlaReading.Stage.STOPPED);
        assertThat(r.running()).isFalse();
        assertThat(r.label()).isEqualTo("已结束计时");
    }
}
