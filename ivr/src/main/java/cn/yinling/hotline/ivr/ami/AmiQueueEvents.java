package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.queue.QueueCalls;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents' queue as Asterisk reports it (AGI-NOTES §9c): QueueCallerJoin → AgentCalled →
 * QueueCallerLeave → AgentConnect → AgentComplete, or QueueCallerAbandon. Each event is handed to
 * one worker thread, in the order received, so the database work neither blocks Asterisk-Java's
 * reader nor sees an answer before its join.
 */
public class AmiQueueEvents implements ManagerEventListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AmiQueueEvents.class);

    private final QueueCalls queueCalls;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ami-queue-events");
        t.setDaemon(true);
        return t;
    });

    public AmiQueueEvents(QueueCalls queueCalls) {
        this.queueCalls = queueCalls;
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        Runnable work = toWork(event);
        if (work != null) {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Could not record AMI {}", event.getClass().getSimpleName(), e);
                }
            });
        }
    }

    private Runnable toWork(ManagerEvent event) {
        if (event instanceof QueueCallerJoinEvent e) {
            return () -> queueCalls.joined(e.getUniqueId(), e.getQueue(), number(e.getCallerIdNum()));
        }
        if (event instanceof QueueCallerLeaveEvent e) {
            // Leave comes both just before AgentConnect and when Queue() times out; recorded so a
            // timed-out call does not look as if it were still waiting.
            return () -> queueCalls.left(e.getUniqueId(), e.getQueue());
        }
        if (event instanceof AgentConnectEvent e) {
            // Channel and DestChannel: the caller's and the agent's channel, for a supervisor's ChanSpy.
            return () -> queueCalls.answered(e.getUniqueId(), e.getQueue(), e.getInterface(), e.getMemberName(),
                    seconds(e.getHoldTime()), e.getChannel(), e.getDestChannel());
        }
        if (event instanceof AgentCompleteEvent e) {
            return () -> queueCalls.completed(e.getUniqueId(), seconds(e.getTalkTime()), e.getReason());
        }
        if (event instanceof QueueCallerAbandonEvent e) {
            return () -> queueCalls.abandoned(e.getUniqueId(), e.getQueue(),
                    e.getHoldTime() == null ? 0 : e.getHoldTime());
        }
        return null;
    }

    /** AMI writes {@code <unknown>} for a channel without caller ID. */
    private static String number(String callerIdNum) {
        return callerIdNum == null || callerIdNum.isBlank() || callerIdNum.equals("<unknown>") ? null : callerIdNum;
    }

    private static int seconds(Long value) {
        return value == null ? 0 : Math.toIntExact(value);
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
