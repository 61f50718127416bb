package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.catalog.ServiceItem;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An elder is in one visit at a time: a new visit may overlap another of the same elder only when the
 * catalog says the two services combine. Visits touching end to start do not overlap.
 */
final class ElderVisits {

    private ElderVisits() {
    }

    /** The earliest of {@code activeNearby} that the new visit may not overlap, if any. */
    static Optional<Booking> clash(List<Booking> activeNearby, Function<Long, ServiceItem> serviceById,
            ServiceItem service, LocalDateTime start, int minutes, Long ignoredBookingId) {
        LocalDateTime end = start.plusMinutes(minutes);
        return activeNearby.stream()
                .filter(b -> !b.getId().equals(ignoredBookingId))
                .filter(b -> b.getStartsAt().isBefore(end) && b.endsAt().isAfter(start))
                .filter(b -> !service.combinesWith(serviceById.apply(b.getServiceId())))
                .min(Comparator.comparing(Booking::getStartsAt).thenComparing(Booking::getId));
    }
}
