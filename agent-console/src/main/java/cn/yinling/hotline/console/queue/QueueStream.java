package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseOpened;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes "the queue changed" to every connected console over Server-Sent Events, after the
 * transaction that opened or changed a case commits, so the browser's re-read sees it. The
 * browser then fetches the queue again; one small message per change keeps every node simple.
 * Changes made on other nodes arrive through {@link QueueRelay}.
 */
@Component
class QueueStream {

    static final Duration EMITTER_TIMEOUT = Duration.ofMinutes(30);

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final ScreenPopStream everyPage;

    QueueStream(ScreenPopStream everyPage) {
        this.everyPage = everyPage;
    }

    /**
     * A stream that ends after {@code idleLeft} (at most {@link #EMITTER_TIMEOUT}): the agent's idle
     * time-out, which the stream itself does not renew. The browser then connects again, and that
     * request is checked like any other, so an unattended page stops receiving the queue.
     */
    SseEmitter connect(Duration idleLeft) {
        SseEmitter emitter = new SseEmitter(lifetime(idleLeft).toMillis());
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, "hello", "connected");
        return emitter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseOpened opened) {
        push(QueueChange.of(opened));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseChanged changed) {
        push(QueueChange.of(changed));
    }

    /** At most {@link #EMITTER_TIMEOUT}, at least a second (a stream that ends at once would be reconnected in a loop). */
    static Duration lifetime(Duration idleLeft) {
        Duration oneSecond = Duration.ofSeconds(1);
        Duration left = idleLeft.plus(oneSecond);
        return left.compareTo(EMITTER_TIMEOUT) > 0 ? EMITTER_TIMEOUT : left.compareTo(oneSecond) < 0 ? oneSecond : left;
    }

    /**
     * Tells this node's browsers about a change, made here or (through {@link QueueRelay}) on another
     * node: the queue pages, and every console page's own stream for its emergency banner.
     */
    void push(QueueChange change) {
        broadcast(change.kind(), change.eventData());
        everyPage.toEveryone(change);
    }

    /** Ends every stream when the application stops, so a graceful shutdown does not wait for open browsers. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    /** Keeps idle connections (and proxies in between) alive. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        broadcast("ping", "");
    }

    int connections() {
        return emitters.size();
    }

    private void broadcast(String name, String data) {
        for (SseEmitter e : emitters) {
            send(e, name, data);
        }
    }

    private void send(SseEmitter emitter, String name, String data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }
}
