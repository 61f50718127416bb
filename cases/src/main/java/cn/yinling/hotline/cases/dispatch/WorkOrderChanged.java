package cn.yinling.hotline.cases.dispatch;

/**
 * Published inside the transaction that changed a work order, so that a listener running in it
 * (the worker's notice) commits or rolls back together with the change.
 */
public record WorkOrderChanged(WorkOrderChange change) {
}
