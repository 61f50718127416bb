package cn.yinling.hotline.cases.dispatch;

import java.time.LocalDateTime;

/**
 * What bringing a work order in step with its booking did, for the notices that tell workers:
 * {@code previousWorkerId} is the worker who had the order before (the same one unless reassigned),
 * null for a new order; {@code previousStartsAt} the time that worker was told (the order's own time
 * unless it moved), so the worker who loses a moved visit hears of the time they knew.
 */
public record WorkOrderChange(Kind kind, WorkOrder order, Long previousWorkerId, LocalDateTime previousStartsAt) {

    public enum Kind { ISSUED, CHANGED, REASSIGNED, CANCELLED, DONE, UNCHANGED }

    public WorkOrderChange(Kind kind, WorkOrder order, Long previousWorkerId) {
        this(kind, order, previousWorkerId, order == null ? null : order.getStartsAt());
    }

    public boolean isNews() {
        return kind != Kind.UNCHANGED;
    }
}
