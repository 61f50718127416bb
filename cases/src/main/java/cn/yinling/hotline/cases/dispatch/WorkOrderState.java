package cn.yinling.hotline.cases.dispatch;

/** ISSUED while the visit is to happen; CANCELLED when the booking is cancelled or missed; DONE once served. */
public enum WorkOrderState { ISSUED, CANCELLED, DONE }
