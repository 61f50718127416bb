package cn.yinling.hotline.app;

import cn.yinling.hotline.cases.queue.AnswerTimes;
import cn.yinling.hotline.cases.queue.QueueCalls;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/answertimes?from=2026-03-01&to=2026-03-31}: how quickly the agents' queue
 * answered (shares within 60 s and 3 minutes, average and 90th-percentile wait), overall and per
 * queue, for the calls that joined a queue on those days (service-centre dates, both included;
 * default today). The same waits are in {@code /actuator/prometheus} as {@code hotline_queue_wait_seconds}.
 */
@Component
@Endpoint(id = "answertimes")
class AnswerTimesEndpoint {

    private final QueueCalls queueCalls;
    private final Clock clock;

    AnswerTimesEndpoint(QueueCalls queueCalls, Clock clock) {
        this.queueCalls = queueCalls;
        this.clock = clock;
    }

    @ReadOperation
    AnswerTimes answerTimes(@Nullable String from, @Nullable String to) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from == null || from.isBlank() ? today : day("from", from);
        LocalDate last = to == null || to.isBlank() ? first.isAfter(today) ? first : today : day("to", to);
        if (last.isBefore(first)) {
            throw new InvalidEndpointRequestException("to (" + last + ") is before from (" + first + ")", "to before from");
        }
        return queueCalls.answerTimes(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A day as yyyy-MM-dd; anything else is the caller's mistake (400), not the server's. */
    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEndpointRequestException(name + " must be a date like 2026-03-01", name + " is not a date");
        }
    }
}
