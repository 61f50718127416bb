package cn.yinling.hotline.console.agentreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The report's days, inclusive, in the centre's zone. A range backwards or longer than a year is
 * refused with a reason (never cut silently); without dates, the last 7 days up to today.
 */
record ReportRange(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MAX_DAYS = 366;

    /** The range asked for, or the problem's message key. */
    static Result of(LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(6) : from;
        if (start.isAfter(end)) {
            return new Result(new ReportRange(end.minusDays(6), end, zone), Optional.of("report.range.backwards"));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            return new Result(new ReportRange(end.minusDays(6), end, zone), Optional.of("report.range.tooLong"));
        }
        return new Result(new ReportRange(start, end, zone), Optional.empty());
    }

    record Result(ReportRange range, Optional<String> problem) {
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
