package cn.yinling.hotline.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An inclusive range of local days; at most a year, and never backwards. */
record DateRange(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static DateRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(6) : from;
        if (start.isAfter(end)) {
            LocalDate t = start;
            start = end;
            end = t;
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            start = end.minusDays(MAX_DAYS);
        }
        return new DateRange(start, end);
    }

    /** Whether the range asked for is longer than {@link #MAX_DAYS} and so was cut to its last year. */
    static boolean tooLong(LocalDate from, LocalDate to) {
        return from != null && to != null
                && (from.isBefore(to) ? from.plusDays(MAX_DAYS).isBefore(to) : to.plusDays(MAX_DAYS).isBefore(from));
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant endExclusive(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
