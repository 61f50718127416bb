package cn.yinling.hotline.console.providers;

import java.time.LocalDateTime;
import java.util.List;

/** One future visit of a worker on the re-assignment page, with the workers free to take it instead. */
record StrandedVisit(long bookingId, long elderId, String elderName, String serviceName, LocalDateTime startsAt,
        int minutes, boolean stranded, List<WorkerRow> alternatives) {
}
