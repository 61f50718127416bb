package cn.yinling.hotline.cases.booking;

/** Published when a visit is recorded as served (charged or not) or as a no-show: the booking's work is over. */
public record BookingClosed(BookingId bookingId) {
}
