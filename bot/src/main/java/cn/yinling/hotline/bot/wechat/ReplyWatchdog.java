package cn.yinling.hotline.bot.wechat;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * One thread that answers "success" for every callback whose turn is still running when the reply
 * budget runs out. Every callback has the same budget, so deadlines come in the order the callbacks
 * started and the thread only ever looks at the oldest ones: a queue offer per message, instead of
 * a timer task scheduled and cancelled, or a thread hand-over, per message.
 */
final class ReplyWatchdog implements DisposableBean {

    /** A callback under the budget. */
    interface Watched {

        /** True once a reply was given (by the turn or by this watchdog). */
        boolean given();

        /** The budget ran out: give "success". */
        void overrun();
    }

    private record Entry(long deadline, Watched watched) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReplyWatchdog.class);
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final long budgetNanos;
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean stopped;

    ReplyWatchdog(Duration budget) {
        this.budgetNanos = budget.toNanos();
        this.thread = new Thread(this::run, "wechat-reply-watchdog");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Starts the budget of a callback now. */
    void watch(Watched watched) {
        queue.offer(new Entry(System.nanoTime() + budgetNanos, watched));
    }

    private void run() {
        while (!stopped) {
            long now = System.nanoTime();
            for (Entry head = queue.peek(); head != null; head = queue.peek()) {
                if (!head.watched().given() && head.deadline() - now > 0) {
                    break;
                }
                queue.poll();
                if (!head.watched().given()) {
                    try {
                        head.watched().overrun();
                    } catch (RuntimeException e) {
                        log.warn("Could not answer an overrun WeChat callback with \"success\": {}", e.toString());
                    }
                }
            }
            LockSupport.parkNanos(TICK_NANOS);
        }
    }

    @Override
    public void destroy() {
        stopped = true;
        LockSupport.unpark(thread);
    }
}
