package cn.yinling.hotline.bot.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single-node session store: a map with expiry, used when no Redis is configured (and while
 * Redis is down). Expired sessions are dropped when read, and once a minute all of them: most
 * senders never come back, and their sessions would otherwise stay until the node restarts.
 */
public class InMemorySessionStore implements SessionStore {

    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private record Entry(long version, String json, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong nextSweep = new AtomicLong();

    public InMemorySessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredSession load(String key) {
        Entry e = sessions.get(key);
        if (e == null) {
            return StoredSession.NONE;
        }
        if (!e.expiresAt().isAfter(clock.instant())) {
            sessions.remove(key, e);
            return StoredSession.NONE;
        }
        return new StoredSession(e.version(), e.json());
    }

    @Override
    public boolean compareAndSet(String key, long expectedVersion, String json, Duration ttl) {
        Instant now = clock.instant();
        sweepIfDue(now);
        Instant expiresAt = now.plus(ttl);
        boolean[] written = {false};
        sessions.compute(key, (k, current) -> {
            long currentVersion = current == null || !current.expiresAt().isAfter(clock.instant()) ? 0 : current.version();
            if (currentVersion != expectedVersion) {
                return current;
            }
            written[0] = true;
            return new Entry(expectedVersion + 1, json, expiresAt);
        });
        return written[0];
    }

    @Override
    public void delete(String key) {
        sessions.remove(key);
    }

    private void sweepIfDue(Instant now) {
        long due = nextSweep.get();
        if (now.toEpochMilli() >= due && nextSweep.compareAndSet(due, now.toEpochMilli() + SWEEP_EVERY_MILLIS)) {
            sessions.values().removeIf(e -> !e.expiresAt().isAfter(now)); // conditional per entry: a session renewed meanwhile stays
        }
    }

    public int size() {
        return sessions.size();
    }
}
