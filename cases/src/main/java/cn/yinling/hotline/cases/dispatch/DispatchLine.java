package cn.yinling.hotline.cases.dispatch;

import java.time.LocalDateTime;

/**
 * One work order as the dispatch list (派工单) shows it: when, to whom (the elder's title, address
 * and phone, in full: the console masks them), what, which worker, the visit code, the order's state
 * and what became of the worker's last SMS about it.
 */
public record DispatchLine(long orderId, long bookingId, LocalDateTime startsAt, int minutes, long elderId,
        String elderName, String elderTitle, String community, String address, String elderPhone, String serviceName,
        long workerId, String workerName, String workerNumber, long providerId, String providerName, String visitCode,
        WorkOrderState state, int revision, Notice notice) {

    /**
     * The worker's SMS about this order: NO_MOBILE when the worker has no mobile number (tell them by
     * phone), NONE when nothing was sent to their number (a visit already over), else the last message's state.
     */
    public enum Notice { NO_MOBILE, NONE, QUEUED, SENDING, SENT, FAILED }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(minutes);
    }
}
