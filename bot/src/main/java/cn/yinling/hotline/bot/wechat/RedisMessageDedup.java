package cn.yinling.hotline.bot.wechat;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * De-duplication across nodes: {@code SET key 1 NX EX ttl}; only the node that sets the key
 * processes the message. When Redis fails, this node falls back to its own memory with a warning.
 */
final class RedisMessageDedup implements MessageDedup {

    private static final Logger log = LoggerFactory.getLogger(RedisMessageDedup.class);

    private final UnifiedJedis redis;
    private final String prefix;
    private final Duration ttl;
    private final MessageDedup fallback;

    RedisMessageDedup(UnifiedJedis redis, String prefix, Duration ttl, MessageDedup fallback) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttl = ttl;
        this.fallback = fallback;
    }

    @Override
    public boolean firstTime(String key) {
        try {
            return "OK".equals(redis.set(prefix + key, "1", SetParams.setParams().nx().ex(Math.max(1, ttl.toSeconds()))));
        } catch (JedisException e) {
            log.warn("Redis unavailable for WeChat de-duplication, using this node's memory: {}", e.getMessage());
            return fallback.firstTime(key);
        }
    }
}
