package cn.yinling.hotline.cases.visit;

import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import java.time.LocalDateTime;

/**
 * A visit as the console's "今日上门" page shows it, read from its work order, its visit row and the
 * clock (nothing stored, so every node shows the same): 待上门, 迟到未签到 (no arrival by start + grace),
 * 服务中, 未签退 (no departure by the booked end + grace), 有争议 (held for staff), 已完成, 未上门 / 已取消.
 */
public enum VisitStatus {
    EXPECTED, LATE, IN_SERVICE, NOT_CHECKED_OUT, DISPUTED, DONE, NO_SHOW, CANCELLED;

    /** Late, not checked out, or disputed: what the nav counts and staff act on. */
    public boolean needsStaff() {
        return this == LATE || this == NOT_CHECKED_OUT || this == DISPUTED;
    }

    static VisitStatus of(WorkOrder order, Visit visit, BookingStatus booking, LocalDateTime now,
            VisitProperties properties) {
        if (visit != null && visit.getConsumption() == Consumption.HELD) {
            return DISPUTED;
        }
        // The booking is read too: an order the booking's recording did not bring in step still shows as it is.
        if (order.getState() == WorkOrderState.DONE || booking == BookingStatus.COMPLETED
                || (visit != null && visit.getConsumption().isSettled())) {
            return DONE;
        }
        if (order.getState() == WorkOrderState.CANCELLED || !booking.isActive()) {
            return booking == BookingStatus.NO_SHOW ? NO_SHOW : CANCELLED;
        }
        if (visit == null || !visit.hasArrived()) {
            return now.isAfter(order.getStartsAt().plus(properties.lateAfter())) ? LATE : EXPECTED;
        }
        if (!visit.hasLeft()) {
            return now.isAfter(order.endsAt().plus(properties.checkoutGrace())) ? NOT_CHECKED_OUT : IN_SERVICE;
        }
        return DONE; // departed, the rating being asked
    }
}
