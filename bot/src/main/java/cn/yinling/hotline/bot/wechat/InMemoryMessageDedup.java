package cn.yinling.hotline.bot.wechat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * De-duplication for a single node: keys with their expiry in a map, and the same keys in the
 * order they were taken. The time to live is the same for every key, so that order is the order
 * they expire in: each call drops the expired ones from the head of the queue, a few at a time,
 * instead of scanning a map that holds every message of the last {@code ttl} (at 3,000 messages
 * a second and ten minutes, close to two million).
 */
final class InMemoryMessageDedup implements MessageDedup {

    private record Taken(String key, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Taken> inOrder = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final Clock clock;
    private final long ttlMillis;

    InMemoryMessageDedup(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    @Override
    public boolean firstTime(String key) {
        long now = clock.millis();
        dropExpired(now);
        boolean[] first = {false};
        long expiresAt = now + ttlMillis;
        seen.compute(key, (k, until) -> {
            if (until != null && until > now) {
                return until;
            }
            first[0] = true;
            return expiresAt;
        });
        if (first[0]) {
            inOrder.add(new Taken(key, expiresAt));
        }
        return first[0];
    }

    int size() {
        return seen.size();
    }

    /** One caller at a time drops (the others go on): the head it looked at is then the head it takes. */
    private void dropExpired(long now) {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Taken head;
            while ((head = inOrder.peek()) != null && head.expiresAt() <= now) {
                inOrder.poll();
                seen.remove(head.key(), head.expiresAt()); // unless taken again since
            }
        } finally {
            sweeping.set(false);
        }
    }
}
