package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.console.sla.SlaReading;

/**
 * One line of the live queue, as the browser draws it (labels already in Chinese, opening time in epoch
 * milliseconds, due time in the centre's zone); {@code callback} says where the caller's callback stands,
 * null when they asked for none; {@code sla} the countdown to the due time, which the browser keeps ticking.
 */
record QueueItem(long id, String type, String typeLabel, int priority, String priorityLabel, boolean emergency,
        String subject, String elderName, String channelLabel, long openedAt, String dueLabel, boolean overdue,
        String status, String holderName, boolean mine, String callback, SlaReading sla) {
}
