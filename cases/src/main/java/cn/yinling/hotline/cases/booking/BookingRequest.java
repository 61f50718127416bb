package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.TextTooLongException;
import cn.yinling.hotline.cases.elder.ElderId;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A request to book a service. {@code requestKey} makes it idempotent: the same key returns the
 * booking already made (a retried WeChat message, a double key press). {@code durationMinutes}
 * null means the service's usual length. {@code selfPayAccepted}: the elder agreed to pay what the
 * subsidy does not cover, so a short balance does not refuse the booking.
 */
public record BookingRequest(ElderId elderId, String serviceCode, LocalDateTime startsAt, Integer durationMinutes,
        Channel channel, String requestedBy, String requestKey, boolean selfPayAccepted, String note) {

    public BookingRequest {
        Objects.requireNonNull(elderId, "elderId");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 80) {
            throw new IllegalArgumentException("A booking request needs a request key of at most 80 characters");
        }
        if (durationMinutes != null && (durationMinutes < 15 || durationMinutes > 12 * 60)) {
            throw new IllegalArgumentException("A visit lasts between 15 minutes and 12 hours");
        }
        TextTooLongException.check("note", note, Bookings.MAX_NOTE);
    }
}
