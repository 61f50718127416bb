package cn.yinling.hotline.bot.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis first; if Redis cannot be reached, conversations go on from an in-process store (with a
 * warning) and Redis is tried again after {@code retryAfter}. A caller is never cut off because a
 * cache is gone. Sessions written to the fallback stay there until they expire or end.
 */
public class ResilientSessionStore implements SessionStore {

    private static final Logger log = LoggerFactory.getLogger(ResilientSessionStore.class);

    private final SessionStore primary;
    private final InMemorySessionStore fallback;
    private final Duration retryAfter;
    private final Clock clock;
    private volatile Instant primaryDownUntil = Instant.MIN;

    public ResilientSessionStore(SessionStore primary, InMemorySessionStore fallback, Duration retryAfter, Clock clock) {
        this.primary = primary;
        this.fallback = fallback;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    @Override
    public StoredSession load(String key) {
        StoredSession local = fallback.load(key);
        if (local.exists()) {
            return local;
        }
        if (primaryUsable()) {
            try {
                return primary.load(key);
            } catch (JedisException e) {
                markDown(e);
            }
        }
        return StoredSession.NONE;
    }

    @Override
    public boolean compareAndSet(String key, long expectedVersion, String json, Duration ttl) {
        if (fallback.load(key).exists() || !primaryUsable()) {
            return fallback.compareAndSet(key, expectedVersion, json, ttl);
        }
        try {
            return primary.compareAndSet(key, expectedVersion, json, ttl);
        } catch (JedisException e) {
            markDown(e);
            // The turn was read from Redis; keep its state in-process from here on.
            return fallback.compareAndSet(key, 0, json, ttl);
        }
    }

    @Override
    public void delete(String key) {
        fallback.delete(key);
        if (primaryUsable()) {
            try {
                primary.delete(key);
            } catch (JedisException e) {
                markDown(e);
            }
        }
    }

    /** Whether sessions are currently going to Redis. */
    public boolean usingPrimary() {
        return primaryUsable();
    }

    private boolean primaryUsable() {
        return !clock.instant().isBefore(primaryDownUntil);
    }

    private void markDown(JedisException e) {
        if (primaryUsable()) {
            log.warn("Redis session store unreachable ({}); using the in-process store for {}", e.getMessage(), retryAfter);
        }
        primaryDownUntil = clock.instant().plus(retryAfter);
    }
}
