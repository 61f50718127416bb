package cn.yinling.hotline.console.queue;

/**
 * One line of the live queue, as the browser draws it (labels already in Chinese, opening time in epoch
 * milliseconds, due time in the centre's zone); {@code callback} says where the caller's callback stands,
 * null when they asked for none.
 */
record QueueItem(long id, String type, String typeLabel, int priority, String priorityLabel, boolean emergency,
        String subject, String elderName, String channelLabel, long openedAt, String dueLabel, boolean overdue,
        String status, String holderName, boolean mine, String callback) {
}
