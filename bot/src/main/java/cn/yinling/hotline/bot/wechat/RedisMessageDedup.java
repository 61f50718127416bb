package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.session.RedisOutage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * De-duplication across nodes: {@code SET key 1 NX EX ttl}; only the node that sets the key
 * processes the message. A message is still taken once across a Redis outage, and across a
 * restart that empties Redis:
 * <ul>
 * <li>keys Redis gave this node are remembered here for WeChat's retry window (as fingerprints,
 * see {@link InMemoryMessageDedup}), so that a retry arriving while Redis is unreachable, or
 * after it lost its keys, is known;</li>
 * <li>keys taken here while Redis was unreachable are remembered for the whole time-to-live, and
 * put into Redis when it is back, so that the other nodes know them too.</li>
 * </ul>
 */
final class RedisMessageDedup implements MessageDedup {

    /** WeChat retries an unanswered message three times, 5 s apart; a minute covers them with room. */
    private static final Duration RETRY_WINDOW = Duration.ofMinutes(1);
    private static final String USER = "WeChat de-duplication";
    private static final int PUT_BACK_BATCH = 1000;

    private record Taken(String key, long expiresAtMillis) {
    }

    private final UnifiedJedis redis;
    private final String prefix;
    private final Duration ttl;
    private final long ttlSeconds;
    private final RedisOutage outage;
    private final Clock clock;
    private final InMemoryMessageDedup takenThroughRedis;
    private final InMemoryMessageDedup takenOffline;
    private final Queue<Taken> toPutBack = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean putBackDue = new AtomicBoolean();

    RedisMessageDedup(UnifiedJedis redis, String prefix, Duration ttl, RedisOutage outage, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttl = ttl;
        this.ttlSeconds = Math.max(1, ttl.toSeconds());
        this.outage = outage;
        this.clock = clock;
        this.takenThroughRedis = new InMemoryMessageDedup(clock, ttl.compareTo(RETRY_WINDOW) < 0 ? ttl : RETRY_WINDOW);
        this.takenOffline = new InMemoryMessageDedup(clock, ttl);
    }

    @Override
    public boolean firstTime(String key) {
        if (outage.redisUsable()) {
            try {
                startPuttingBackIfDue();
                String taken = outage.call(() -> redis.set(prefix + key, "1", SetParams.setParams().nx().ex(ttlSeconds)));
                if (!"OK".equals(taken)) {
                    return false;
                }
                // New to Redis; but Redis may have lost it (restarted) or never had it (taken here offline).
                return takenThroughRedis.firstTime(key) && !takenOffline.contains(key);
            } catch (JedisException e) {
                outage.failed(USER, e);
            }
        }
        if (takenThroughRedis.contains(key) || !takenOffline.firstTime(key)) {
            return false;
        }
        toPutBack.add(new Taken(key, clock.millis() + ttl.toMillis()));
        putBackDue.set(true);
        return true;
    }

    /** Puts the keys taken while Redis was unreachable into Redis, with the time they have left. */
    synchronized void putBackTakenOffline() {
        List<Taken> batch = new ArrayList<>();
        try {
            for (Taken t = toPutBack.poll(); t != null; t = toPutBack.poll()) {
                batch.add(t);
                if (batch.size() == PUT_BACK_BATCH) {
                    write(batch);
                    batch.clear();
                }
            }
            write(batch);
        } catch (JedisException e) {
            toPutBack.addAll(batch); // NX: writing one twice is harmless
            outage.failed(USER, e);
            putBackDue.set(true);
        }
    }

    private void write(List<Taken> batch) {
        if (batch.isEmpty()) {
            return;
        }
        outage.call(() -> {
            long now = clock.millis();
            try (AbstractPipeline pipe = redis.pipelined()) {
                for (Taken t : batch) {
                    if (t.expiresAtMillis() > now) {
                        pipe.set(prefix + t.key(), "1", SetParams.setParams().nx().px(t.expiresAtMillis() - now));
                    }
                }
                pipe.sync();
            }
            return null;
        });
    }

    private void startPuttingBackIfDue() {
        if (putBackDue.compareAndSet(true, false)) {
            Thread putBack = new Thread(this::putBackTakenOffline, "dedup-put-back");
            putBack.setDaemon(true);
            putBack.start();
        }
    }
}
