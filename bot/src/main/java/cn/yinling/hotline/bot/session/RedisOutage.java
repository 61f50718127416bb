package cn.yinling.hotline.bot.session;

import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * This node's view of whether Redis answers. After a failure Redis is left alone for
 * {@code retryAfter}: a stopped Redis fails fast, but a paused one costs a whole socket time-out
 * per call, so without this window every turn (and every de-duplication before it) would wait it
 * out. Shared by the session store and the WeChat de-duplication, so one time-out spares both.
 */
public final class RedisOutage {

    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

    private final UnifiedJedis redis;
    private final Duration retryAfter;
    private final Clock clock;
    private volatile Instant downUntil = Instant.MIN;

    public RedisOutage(UnifiedJedis redis, Duration retryAfter, Clock clock) {
        this.redis = redis;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /** Whether to try Redis now: never failed, or the last failure is {@code retryAfter} old. */
    public boolean redisUsable() {
        return !clock.instant().isBefore(downUntil);
    }

    /**
     * Runs {@code commands}. Pooled connections found dead (Redis restarted since they were opened)
     * are no outage: the idle ones are dropped and the commands run once more, on a new connection.
     * Not after a time-out: a paused Redis would make the caller wait twice.
     */
    public <T> T call(Supplier<T> commands) {
        try {
            return commands.get();
        } catch (JedisConnectionException e) {
            if (timedOut(e)) {
                throw e;
            }
            if (redis instanceof RedisClient client) {
                client.getPool().clear();
            }
            return commands.get();
        }
    }

    public void failed(String user, RuntimeException e) {
        if (redisUsable()) {
            log.warn("Redis unreachable for {} ({}); this node goes on with its own copies, trying again in {}",
                    user, e.getMessage(), retryAfter);
        }
        downUntil = clock.instant().plus(retryAfter);
    }

    /** A time-out: what was sent may still have been carried out (a paused Redis runs it when it wakes). */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
