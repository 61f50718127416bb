package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.elder.ElderId;

public record BookingCancelled(BookingId bookingId, ElderId elderId, String reason) {
}
