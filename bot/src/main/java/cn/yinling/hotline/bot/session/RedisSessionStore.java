package cn.yinling.hotline.bot.session;

import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sessions in Redis, shared by every node: a hash {v, state} per key with a TTL. The
 * compare-and-set runs as one Lua script, so it is atomic across nodes without WATCH.
 */
public class RedisSessionStore implements SessionStore {

    private static final String CAS = """
            local cur = redis.call('HGET', KEYS[1], 'v')
            if (cur == false and ARGV[1] == '0') or cur == ARGV[1] then
              redis.call('HSET', KEYS[1], 'v', ARGV[2], 'state', ARGV[3])
              redis.call('PEXPIRE', KEYS[1], ARGV[4])
              return 1
            end
            return 0
            """;

    private final UnifiedJedis redis;
    private final String prefix;

    public RedisSessionStore(UnifiedJedis redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
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
        redis.del(prefix + key);
    }
}
