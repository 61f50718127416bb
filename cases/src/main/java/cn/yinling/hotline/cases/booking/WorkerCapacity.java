package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerAbsence;
import cn.yinling.hotline.cases.provider.WorkerShift;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Whether one more visit fits a worker: the worker active and not absent that day, their provider
 * under contract for the category that day, inside a shift, and fewer overlapping visits than the
 * worker's capacity.
 */
final class WorkerCapacity {

    private WorkerCapacity() {
    }

    static boolean fits(Worker worker, Provider provider, ServiceCategory category, List<WorkerShift> shifts,
            List<WorkerAbsence> absences, List<Booking> activeNearby, LocalDateTime start, int minutes,
            Long ignoredBookingId) {
        if (!worker.isActive() || !worker.does(category) || !provider.mayProvide(category, start.toLocalDate())
                || absences.stream().anyMatch(a -> a.covers(start.toLocalDate()))) {
            return false;
        }
        if (shifts.stream().noneMatch(s -> s.covers(start, minutes))) {
            return false;
        }
        LocalDateTime end = start.plusMinutes(minutes);
        long overlapping = activeNearby.stream()
                .filter(b -> !b.getId().equals(ignoredBookingId))
                .filter(b -> b.getStartsAt().isBefore(end) && b.endsAt().isAfter(start))
                .count();
        return overlapping < worker.getCapacityPerSlot();
    }
}
