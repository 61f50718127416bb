package cn.yinling.hotline.bot.session;

import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sessions in Redis, shared by every node: a hash {v, state} per key with a TTL. The
 * compare-and-set runs as one Lua script, so it is atomic across nodes without WATCH.
 * <p>
 * An ended session leaves a hash {ended} for {@code endedTtl}: nodes keep their own copy of the
 * sessions they served (see {@link ResilientSessionStore}), and must tell "ended elsewhere" from
 * "lost by a Redis restart" before putting a copy back.
 */
public class RedisSessionStore implements SessionStore {

    private static final String CAS = """
            local cur = redis.call('HGET', KEYS[1], 'v')
            if cur == false and ARGV[1] == '0' then
              redis.call('DEL', KEYS[1]) -- a new session replaces the mark of an ended one
            elseif cur ~= ARGV[1] then
              return 0
            end
            redis.call('HSET', KEYS[1], 'v', ARGV[2], 'state', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """;

    private static final String END = """
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'ended', '1')
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            """;

    /** Like CAS, but version 0 means "nothing at all, not even an end", and an empty state ends the session. */
    private static final String PUT_BACK = """
            if ARGV[1] == '0' then
              if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            elseif redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then
              return 0
            end
            redis.call('DEL', KEYS[1])
            if ARGV[3] == '' then
              redis.call('HSET', KEYS[1], 'ended', '1')
            else
              redis.call('HSET', KEYS[1], 'v', ARGV[2], 'state', ARGV[3])
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """;

    private final UnifiedJedis redis;
    private final String prefix;
    private final Duration endedTtl;

    /** {@code endedTtl}: the session TTL, so an end outlives every node's copy of the session. */
    public RedisSessionStore(UnifiedJedis redis, String prefix, Duration endedTtl) {
        this.redis = redis;
        this.prefix = prefix;
        this.endedTtl = endedTtl;
    }

    @Override
    public StoredSession load(String key) {
        List<String> values = redis.hmget(prefix + key, "v", "state");
        if (values.get(0) == null || values.get(1) == null) {
            return StoredSession.NONE;
        }
        return new StoredSession(Long.parseLong(values.get(0)), values.get(1));
    }

    @Override
    public boolean compareAndSet(String key, long expectedVersion, String json, Duration ttl) {
        Object result = redis.eval(CAS, List.of(prefix + key), List.of(Long.toString(expectedVersion),
                Long.toString(expectedVersion + 1), json, Long.toString(ttl.toMillis())));
        return Long.valueOf(1L).equals(result);
    }

    @Override
    public void delete(String key) {
        redis.eval(END, List.of(prefix + key), List.of(Long.toString(endedTtl.toMillis())));
    }

    /**
     * Writes {@code session} with its own version if Redis still holds version {@code ifVersion};
     * for 0, only if Redis holds nothing for the key, not even the mark of an end.
     */
    boolean putBack(String key, long ifVersion, StoredSession session, Duration ttl) {
        return putBack(key, ifVersion, session.version(), session.json(), ttl);
    }

    /** Ends the session, as {@link #delete} does, if Redis still holds version {@code ifVersion}. */
    boolean endIf(String key, long ifVersion) {
        return putBack(key, ifVersion, 0, "", endedTtl);
    }

    private boolean putBack(String key, long ifVersion, long version, String json, Duration ttl) {
        Object result = redis.eval(PUT_BACK, List.of(prefix + key), List.of(Long.toString(ifVersion),
                Long.toString(version), json, Long.toString(Math.max(1, ttl.toMillis()))));
        return Long.valueOf(1L).equals(result);
    }
}
