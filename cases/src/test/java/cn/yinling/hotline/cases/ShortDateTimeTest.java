package cn.yinling.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShortDateTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ShortDateTime when = new ShortDateTime(Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), SHANGHAI), SHANGHAI);

    @Test
    void thisYearWithoutItAnyOtherYearWithIt() {
        assertThat(when.format(LocalDateTime.of(2026, 12, 21, 9, 0))).isEqualTo("12月21日 09:00");
        assertThat(when.format(LocalDateTime.of(2027, 1, 5, 9, 30))).isEqualTo("2027年1月5日 09:30");
        assertThat(when.format(LocalDateTime.of(2099, 12, 21, 9, 0))).isEqualTo("2099年12月21日 09:00");
    }

    @Test
    void instantsAreReadInTheCentresZone() {
        assertThat(when.format(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo("2027年1月1日 00:30");
        assertThat(when.format((Instant) null)).isEmpty();
    }
}
