package cn.yinling.hotline.cases.dispatch;

/**
 * What bringing a work order in step with its booking did, for the notices that tell workers:
 * {@code previousWorkerId} is the worker who had the order before (the same one unless reassigned),
 * null for a new order.
 */
public record WorkOrderChange(Kind kind, WorkOrder order, Long previousWorkerId) {

    public enum Kind { ISSUED, CHANGED, REASSIGNED, CANCELLED, DONE, UNCHANGED }

    public boolean isNews() {
        return kind != Kind.UNCHANGED;
    }
}
