package cn.yinling.hotline.console.sla;

import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Reads a case's countdown: the deadline is the case's due time (set from {@code hotline.cases.sla}
 * when it was opened or escalated); the warning point is {@link SlaProperties#warnBefore()} for the
 * case type, else {@link SlaProperties#warnPercent()} of the time the case was given.
 */
@Component
public class SlaClock {

    private final SlaProperties properties;
    private final ConsoleMessages messages;
    private final Clock clock;

    SlaClock(SlaProperties properties, ConsoleMessages messages, Clock clock) {
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    public SlaReading read(CareCase c) {
        return read(c.getType().name(), c.getCreatedAt(), c.getDueAt(), c.getStatus().isOpen());
    }

    SlaReading read(String caseType, Instant openedAt, Instant dueAt, boolean open) {
        Instant now = clock.instant();
        Instant warnAt = dueAt.minus(warning(caseType, openedAt, dueAt));
        if (!open) {
            return new SlaReading(dueAt.toEpochMilli(), warnAt.toEpochMilli(), now.toEpochMilli(), SlaReading.Stage.STOPPED,
                    messages.get("sla.stopped"));
        }
        if (now.isAfter(dueAt)) {
            return new SlaReading(dueAt.toEpochMilli(), warnAt.toEpochMilli(), now.toEpochMilli(), SlaReading.Stage.BREACHED,
                    messages.get("sla.late", late(Duration.between(dueAt, now))));
        }
        SlaReading.Stage stage = now.isBefore(warnAt) ? SlaReading.Stage.ON_TIME : SlaReading.Stage.WARNING;
        return new SlaReading(dueAt.toEpochMilli(), warnAt.toEpochMilli(), now.toEpochMilli(), stage,
                messages.get("sla.left", left(Duration.between(now, dueAt))));
    }

    private Duration warning(String caseType, Instant openedAt, Instant dueAt) {
        Duration fixed = properties.warnBefore().get(caseType);
        if (fixed != null) {
            return fixed;
        }
        Duration allowed = Duration.between(openedAt, dueAt);
        return allowed.isNegative() ? Duration.ZERO : allowed.multipliedBy(properties.warnPercent()).dividedBy(100);
    }

    /** Time left, to the second under an hour (the browser ticks it); sla.js words it the same way. */
    private String left(Duration d) {
        long s = d.toSeconds();
        if (s >= 86_400) {
            return messages.get("sla.days", s / 86_400, s % 86_400 / 3600);
        }
        if (s >= 3600) {
            return messages.get("sla.hours", s / 3600, s % 3600 / 60);
        }
        return messages.get("sla.minutesSeconds", s / 60, String.format("%02d", s % 60));
    }

    /** Time past the deadline, in whole minutes (已超时 7 分钟), hours and minutes, or days and hours. */
    private String late(Duration d) {
        long m = d.toMinutes();
        if (m >= 1440) {
            return messages.get("sla.days", m / 1440, m % 1440 / 60);
        }
        if (m >= 60) {
            return messages.get("sla.hours", m / 60, m % 60);
        }
        return messages.get("sla.minutes", m);
    }
}
