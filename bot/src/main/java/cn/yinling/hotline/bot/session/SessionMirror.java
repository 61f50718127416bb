package cn.yinling.hotline.bot.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's copy of each session it saved (and of what Redis answered for it since): what the
 * node goes on from while Redis is unreachable, and puts back when Redis has lost the session
 * (restarted empty) or has not seen the changes made meanwhile. A copy expires no later than the
 * Redis key it mirrors, so a conversation left to expire is not brought back.
 */
final class SessionMirror {

    private static final long SWEEP_EVERY_MILLIS = 60_000;

    /**
     * One session. {@code json} null: ended on this node while Redis was unreachable.
     * {@code offline} null: Redis holds this very version.
     */
    record Copy(long version, String json, Instant expiresAt, Offline offline) {

        StoredSession session() {
            return json == null ? StoredSession.NONE : new StoredSession(version, json);
        }

        boolean changedOffline() {
            return offline != null;
        }

        Copy inStep() {
            return new Copy(version, json, expiresAt, null);
        }
    }

    /**
     * Redis held {@code redisVersion} (0: nothing) when this node began changing the session on its
     * own; {@code orNext}: or the next one, when the write that failed may have reached Redis all
     * the same (a time-out).
     */
    record Offline(long redisVersion, boolean orNext) {

        boolean redisStillAt(long version) {
            return version == redisVersion || orNext && version == redisVersion + 1;
        }
    }

    private final ConcurrentHashMap<String, Copy> copies = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong nextSweep = new AtomicLong();

    SessionMirror(Clock clock) {
        this.clock = clock;
    }

    /** The live copy of the session, or null. */
    Copy get(String key) {
        Copy c = copies.get(key);
        if (c != null && !c.expiresAt().isAfter(clock.instant())) {
            copies.remove(key, c);
            return null;
        }
        return c;
    }

    StoredSession load(String key) {
        Copy c = get(key);
        return c == null ? StoredSession.NONE : c.session();
    }

    /** Redis took this write. */
    void saved(String key, long version, String json, Instant expiresAt) {
        sweepIfDue();
        copies.put(key, new Copy(version, json, expiresAt, null));
    }

    /**
     * A write Redis did not take, checked against this node's copy as {@link SessionStore#compareAndSet}
     * would be. Without a copy, the turn read {@code expectedVersion} from Redis (or found nothing).
     */
    boolean savedOffline(String key, long expectedVersion, String json, Instant expiresAt, boolean mayHaveReachedRedis) {
        sweepIfDue();
        boolean[] written = {false};
        copies.compute(key, (k, c) -> {
            if (c == null || !c.expiresAt().isAfter(clock.instant())) {
                written[0] = true;
                return new Copy(expectedVersion + 1, json, expiresAt, new Offline(expectedVersion, mayHaveReachedRedis));
            }
            if (c.session().version() != expectedVersion) {
                return c;
            }
            written[0] = true;
            Offline offline = c.changedOffline() ? c.offline() : new Offline(c.version(), mayHaveReachedRedis);
            // After an end the numbering goes on, so the new session is never taken for the ended one.
            return new Copy(c.version() + 1, json, expiresAt, offline);
        });
        return written[0];
    }

    /** Ended while Redis was unreachable: kept as an end to put back, as long as the copy would have lived. */
    void endedOffline(String key) {
        copies.computeIfPresent(key, (k, c) -> new Copy(c.version(), null, c.expiresAt(),
                c.changedOffline() ? c.offline() : new Offline(c.version(), false)));
    }

    /** Redis answered {@code remote} and is right: the copy follows it (and goes when Redis has none). */
    void follow(String key, StoredSession remote) {
        copies.computeIfPresent(key, (k, c) -> {
            if (!remote.exists()) {
                return null;
            }
            boolean same = !c.changedOffline() && c.version() == remote.version();
            return same ? c : new Copy(remote.version(), remote.json(), c.expiresAt(), null);
        });
    }

    /** {@code copy} is now in Redis; unless it changed meanwhile, the copy is in step again. */
    void putBack(String key, Copy copy) {
        if (copy.json() == null) {
            copies.remove(key, copy);
        } else {
            copies.replace(key, copy, copy.inStep());
        }
    }

    void forget(String key) {
        copies.remove(key);
    }

    List<String> changedOffline() {
        return copies.entrySet().stream().filter(e -> e.getValue().changedOffline()).map(Map.Entry::getKey).toList();
    }

    int size() {
        return copies.size();
    }

    private void sweepIfDue() {
        Instant now = clock.instant();
        long due = nextSweep.get();
        if (now.toEpochMilli() >= due && nextSweep.compareAndSet(due, now.toEpochMilli() + SWEEP_EVERY_MILLIS)) {
            copies.values().removeIf(c -> !c.expiresAt().isAfter(now)); // per entry: a copy renewed meanwhile stays
        }
    }
}
