package cn.yinling.hotline.console.queue;

import java.util.List;

/**
 * The open cases, the callbacks still to be made, and the server's time, so browsers count waiting
 * time by the server's clock, not their own.
 */
record QueueSnapshot(long now, List<QueueItem> items, List<CallbackLine> callbacks) {
}
