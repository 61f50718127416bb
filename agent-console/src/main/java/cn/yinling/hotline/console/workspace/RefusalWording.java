package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a booking refusal's reason code (and its clashing visit, earliest time or free times) into
 * words for the agent.
 */
@Component
class RefusalWording {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ConsoleMessages messages;
    private final ShortDateTime when;

    RefusalWording(ConsoleMessages messages, ShortDateTime when) {
        this.messages = messages;
        this.when = when;
    }

    String of(BookingRefusedException e) {
        return words(messages.get("booking.refused." + e.reason()), e);
    }

    /** A refused move: the same reasons, said as "cannot move" where booking says "cannot book". */
    String ofMove(BookingRefusedException e) {
        return words(messages.getOr("booking.moveRefused." + e.reason(), messages.get("booking.refused." + e.reason())), e);
    }

    private String words(String reason, BookingRefusedException e) {
        StringBuilder s = new StringBuilder(reason);
        BookingRefusedException.Clash clash = e.clash();
        if (clash != null) {
            s.append(messages.get("booking.refused.clash", clash.serviceName(), format(clash.startsAt()),
                    clash.endsAt().format(UNTIL), clash.bookingId()));
        }
        if (e.earliestAllowed() != null) {
            s.append(messages.get("booking.refused.earliest", format(e.earliestAllowed())));
        }
        if (e.lastDay() != null) {
            s.append(messages.get("booking.refused.lastDay", e.lastDay().format(LAST_DAY)));
        }
        if (!e.alternatives().isEmpty()) {
            s.append(messages.get("booking.refused.alternatives",
                    e.alternatives().stream().map(this::format).collect(Collectors.joining("、"))));
        }
        return s.toString();
    }

    private String format(LocalDateTime t) {
        return when.format(t);
    }
}
