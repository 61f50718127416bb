package cn.yinling.hotline.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A date and time as people read it on screens and in notes: "12月21日 09:00" within the current
 * year, "2027年1月5日 09:00" outside it, so a visit booked for next year (or a typo years ahead) is
 * never mistaken for one this year.
 */
public final class ShortDateTime {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Clock clock;
    private final ZoneId zone;

    public ShortDateTime(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public String format(LocalDateTime at) {
        if (at == null) {
            return "";
        }
        int thisYear = clock.instant().atZone(zone).getYear();
        return at.format(at.getYear() == thisYear ? THIS_YEAR : OTHER_YEAR);
    }

    public String format(Instant at) {
        return at == null ? "" : format(LocalDateTime.ofInstant(at, zone));
    }
}
