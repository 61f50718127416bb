package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;

/**
 * The catalog's booking lead time and horizon: an appointment item must be booked far enough ahead for
 * its channel, and nothing further ahead than the catalog's horizon.
 */
final class LeadTime {

    private LeadTime() {
    }

    static LocalDateTime earliestStart(ServiceItem service, Channel channel, LocalDateTime now) {
        return now.plus(service.leadTimeFor(channel));
    }

    static void check(ServiceItem service, Channel channel, LocalDateTime startsAt, LocalDateTime now, Period horizon) {
        if (!startsAt.isAfter(now)) {
            throw new BookingRefusedException(BookingRefusedException.Reason.IN_THE_PAST,
                    "start " + startsAt + " is not in the future");
        }
        LocalDateTime earliest = earliestStart(service, channel, now);
        if (startsAt.isBefore(earliest)) {
            throw new BookingRefusedException(BookingRefusedException.Reason.LEAD_TIME,
                    service.getCode() + " must be booked " + service.leadTimeFor(channel).toHours()
                            + " hours ahead " + (channel.byPhone() ? "by phone" : "online") + "; earliest " + earliest,
                    earliest, java.util.List.of());
        }
        LocalDate lastDay = now.toLocalDate().plus(horizon);
        if (startsAt.toLocalDate().isAfter(lastDay)) {
            throw BookingRefusedException.beyondHorizon(startsAt, lastDay);
        }
    }
}
