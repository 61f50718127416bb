package cn.yinling.hotline.console.performance;

import java.time.LocalDateTime;

/** A future visit of a worker on the black list or proposed for it: to be handed to another worker. */
record UpcomingVisit(long bookingId, long workerId, String workerName, long elderId, String elderName, String serviceName,
        LocalDateTime startsAt) {
}
