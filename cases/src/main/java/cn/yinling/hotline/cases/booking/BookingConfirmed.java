package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.elder.ElderId;

/** Published after a booking is made, moved or cancelled, for notifiers (family messages) and the console. */
public record BookingConfirmed(BookingId bookingId, ElderId elderId) {
}
