package cn.yinling.hotline.bot.wechat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.redis.WxRedisOps;
import redis.clients.jedis.UnifiedJedis;

/**
 * WxJava's Redis operations over the hotline's Jedis client, so WxJava's own
 * {@code WxMpRedisConfigImpl} keeps the access token in Redis for every node. WxJava ships a
 * Jedis variant ({@code JedisWxRedisOps}) only for a {@code Pool<Jedis>} and with the optional
 * jedis-lock library; the hotline has one {@link UnifiedJedis} and its own lock.
 */
final class RedisWxOps implements WxRedisOps {

    /** How long a node may hold a refresh lock if it dies holding it (a refresh takes well under a second). */
    static final Duration LOCK_LEASE = Duration.ofSeconds(30);

    private final UnifiedJedis redis;

    RedisWxOps(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public String getValue(String key) {
        return redis.get(key);
    }

    @Override
    public void setValue(String key, String value, int expire, TimeUnit unit) {
        if (expire <= 0) {
            redis.set(key, value);
        } else {
            redis.psetex(key, unit.toMillis(expire), value);
        }
    }

    /** Seconds left, or a negative number (-2: no such key, -1: no expiry), as Redis answers {@code TTL}. */
    @Override
    public Long getExpire(String key) {
        return redis.ttl(key);
    }

    @Override
    public void expire(String key, int expire, TimeUnit unit) {
        redis.pexpire(key, unit.toMillis(expire));
    }

    @Override
    public Lock getLock(String key) {
        return new RedisLock(redis, key, LOCK_LEASE);
    }
}
