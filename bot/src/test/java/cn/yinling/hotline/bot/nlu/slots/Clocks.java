package cn.yinling.hotline.bot.nlu.slots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Fixed clocks in the hotline's zone for tests. */
final class Clocks {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Clocks() {
    }

    /** 10:00 in Shanghai on the given day. */
    static Clock on(int year, int month, int day) {
        return Clock.fixed(LocalDate.of(year, month, day).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    /** Wednesday 11 June 2025. */
    static Clock wednesday() {
        return on(2025, 6, 11);
    }

    /** Sunday 15 June 2025. */
    static Clock sunday() {
        return on(2025, 6, 15);
    }
}
