package cn.yinling.hotline.console.queue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One Server-Sent Events stream per open console page of each agent, keyed by the signed-in
 * agent, so a screen pop reaches that agent's browsers and nobody else's. Every console page
 * (queue, workspace, directory) opens it, since an agent answers calls from whatever page is open.
 * The queue's changes go to every page on it too ({@link #toEveryone}): the emergency banner of
 * every page re-reads the unclaimed emergencies on them, with no second stream per page.
 */
@Component
class ScreenPopStream {

    private final Map<Long, List<SseEmitter>> byAgent = new ConcurrentHashMap<>();

    /** Like the queue's stream, this one ends when the agent's idle time-out is reached ({@link QueueStream#lifetime}). */
    SseEmitter connect(long agentId, Duration idleLeft) {
        SseEmitter emitter = new SseEmitter(QueueStream.lifetime(idleLeft).toMillis());
        List<SseEmitter> mine = byAgent.computeIfAbsent(agentId, id -> new CopyOnWriteArrayList<>());
        mine.add(emitter);
        emitter.onCompletion(() -> mine.remove(emitter));
        emitter.onTimeout(() -> mine.remove(emitter));
        emitter.onError(e -> mine.remove(emitter));
        send(mine, emitter, "hello", "connected");
        return emitter;
    }

    /** Opens the page in every browser of the agent connected to this node; returns how many got it. */
    int push(ScreenPop pop) {
        List<SseEmitter> mine = byAgent.getOrDefault(pop.agentId(), List.of());
        int sent = 0;
        for (SseEmitter e : mine) {
            if (send(mine, e, "pop", pop.eventData())) {
                sent++;
            }
        }
        return sent;
    }

    /** A change of the queue, to every console page connected to this node. */
    void toEveryone(QueueChange change) {
        byAgent.values().forEach(list -> list.forEach(e -> send(list, e, change.kind(), change.eventData())));
    }

    int connections(long agentId) {
        return byAgent.getOrDefault(agentId, List.of()).size();
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        byAgent.values().forEach(list -> list.forEach(SseEmitter::complete));
        byAgent.clear();
    }

    /** Keeps idle connections (and proxies in between) alive. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        byAgent.values().forEach(list -> list.forEach(e -> send(list, e, "ping", "")));
    }

    private static boolean send(List<SseEmitter> owner, SseEmitter emitter, String name, String data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
            return true;
        } catch (IOException | IllegalStateException e) {
            owner.remove(emitter);
            return false;
        }
    }
}
