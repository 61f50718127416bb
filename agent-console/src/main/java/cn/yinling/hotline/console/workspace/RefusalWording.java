package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a booking refusal's reason code (and its clashing visit, earliest time or last day) into
 * words for the agent, and its free times into buttons that fill the form again.
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
        return s.toString();
    }

    /**
     * The field of the booking form a refusal is about, where the words are shown: the day and time,
     * the self-pay box, or the service; "" when it is about the whole form.
     */
    static String field(BookingRefusedException e) {
        return switch (e.reason()) {
            case IN_THE_PAST, BEYOND_HORIZON, LEAD_TIME, NO_CAPACITY, ELDER_BUSY -> "day";
            case INSUFFICIENT_BALANCE -> "selfPay";
            case UNKNOWN_SERVICE -> "serviceCode";
            default -> "";
        };
    }

    /** The free times a refusal offers, as buttons that fill the booking or move form; shown beside the words. */
    List<FreeTime> freeTimes(BookingRefusedException e) {
        return e.alternatives().stream()
                .map(t -> new FreeTime(t.toLocalDate().toString(), t.toLocalTime().format(UNTIL), format(t)))
                .toList();
    }

    private String format(LocalDateTime t) {
        return when.format(t);
    }
}
