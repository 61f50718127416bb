package cn.yinling.hotline.bot.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis, with this node's own copy of every session it saved ({@link SessionMirror}), so that a
 * Redis blip does not make a caller start over:
 * <ul>
 * <li>Redis unreachable (stopped, or paused past the client's time-out): turns go on from the copy,
 * and are written to it; Redis is left alone for a while ({@link RedisOutage}).</li>
 * <li>Redis back: the sessions changed meanwhile are put back (at once in the background, and by
 * the next turn of each), unless Redis moved on without this node (another node went on with
 * the conversation).</li>
 * <li>Redis answers nothing for a session this node has a copy of (restarted empty): the copy is
 * put back, unless the session was ended (Redis keeps the mark of an end for the session TTL).</li>
 * </ul>
 */
public class ResilientSessionStore implements SessionStore {

    private static final Logger log = LoggerFactory.getLogger(ResilientSessionStore.class);
    private static final String USER = "dialog sessions";

    private final RedisSessionStore redis;
    private final SessionMirror mirror;
    private final RedisOutage outage;
    private final Clock clock;
    private final AtomicBoolean putBackDue = new AtomicBoolean();

    public ResilientSessionStore(RedisSessionStore redis, RedisOutage outage, Clock clock) {
        this.redis = redis;
        this.mirror = new SessionMirror(clock);
        this.outage = outage;
        this.clock = clock;
    }

    @Override
    public StoredSession load(String key) {
        if (outage.redisUsable()) {
            try {
                startPuttingBackIfDue();
                return outage.call(() -> fromRedis(key));
            } catch (JedisException e) {
                outage.failed(USER, e);
            }
        }
        return mirror.load(key);
    }

    @Override
    public boolean compareAndSet(String key, long expectedVersion, String json, Duration ttl) {
        Instant expiresAt = clock.instant().plus(ttl); // taken before the write: the copy never outlives the Redis key
        boolean mayHaveReachedRedis = false;
        if (outage.redisUsable()) {
            try {
                if (outage.call(() -> savedInRedis(key, expectedVersion, json, ttl))) {
                    mirror.saved(key, expectedVersion + 1, json, expiresAt);
                    return true;
                }
                return false;
            } catch (JedisException e) {
                outage.failed(USER, e);
                mayHaveReachedRedis = RedisOutage.timedOut(e);
            }
        }
        putBackDue.set(true);
        return mirror.savedOffline(key, expectedVersion, json, expiresAt, mayHaveReachedRedis);
    }

    @Override
    public void delete(String key) {
        if (outage.redisUsable()) {
            try {
                outage.call(() -> {
                    redis.delete(key);
                    return null;
                });
                mirror.forget(key);
                return;
            } catch (JedisException e) {
                outage.failed(USER, e);
            }
        }
        putBackDue.set(true);
        mirror.endedOffline(key);
    }

    /** Puts back every session changed while Redis was unreachable, so that other nodes go on from it too. */
    void putBackChanged() {
        try {
            for (String key : mirror.changedOffline()) {
                outage.call(() -> fromRedis(key));
            }
        } catch (JedisException e) {
            outage.failed(USER, e);
            putBackDue.set(true);
        }
    }

    /** How many sessions this node holds a copy of. */
    int copies() {
        return mirror.size();
    }

    private void startPuttingBackIfDue() {
        if (putBackDue.compareAndSet(true, false)) {
            Thread putBack = new Thread(this::putBackChanged, "session-put-back");
            putBack.setDaemon(true);
            putBack.start();
        }
    }

    private boolean savedInRedis(String key, long expectedVersion, String json, Duration ttl) {
        SessionMirror.Copy copy = mirror.get(key);
        if (copy != null && copy.changedOffline()) {
            fromRedis(key); // the turn went on from changes Redis has not seen: they go first
        }
        // The second: Redis lost the session during the turn (restarted). The turn stands, rather
        // than being done again (bookings included) on a conversation that is gone.
        return redis.compareAndSet(key, expectedVersion, json, ttl)
                || expectedVersion > 0 && redis.putBack(key, 0, new StoredSession(expectedVersion + 1, json), ttl);
    }

    private StoredSession fromRedis(String key) {
        // The copy first: if the put-back thread writes it to Redis in between, Redis shows it.
        SessionMirror.Copy copy = mirror.get(key);
        StoredSession remote = redis.load(key);
        if (copy == null || remote.exists() && !copy.changedOffline()) {
            mirror.follow(key, remote);
            return remote;
        }
        return reconcile(key, remote, copy);
    }

    /** Redis has lost the session (restarted, evicted, or ended elsewhere), or this node changed it offline. */
    private StoredSession reconcile(String key, StoredSession remote, SessionMirror.Copy copy) {
        if (remote.exists() && remote.version() == copy.version() && Objects.equals(remote.json(), copy.json())) {
            mirror.follow(key, remote); // already there (the write that timed out did reach Redis)
            return remote;
        }
        if (remote.exists() && !copy.offline().redisStillAt(remote.version())) {
            log.warn("Session {} went on elsewhere while this node could not reach Redis; this node's turns are dropped", key);
            mirror.follow(key, remote);
            return remote;
        }
        Duration ttl = Duration.between(clock.instant(), copy.expiresAt());
        boolean written = copy.json() == null ? redis.endIf(key, remote.version())
                : redis.putBack(key, remote.version(), copy.session(), ttl);
        if (!written) {
            // Ended elsewhere (the mark of an end), or changed at the same moment: Redis is right.
            StoredSession now = redis.load(key);
            mirror.follow(key, now);
            return now;
        }
        mirror.putBack(key, copy);
        return copy.session();
    }
}
