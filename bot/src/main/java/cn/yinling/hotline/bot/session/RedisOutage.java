package cn.yinling.hotline.bot.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's view of whether Redis answers. After a failure Redis is left alone for
 * {@code retryAfter}: a stopped Redis fails fast, but a paused one costs a whole socket time-out
 * per call, so without this window every turn (and every de-duplication before it) would wait it
 * out. Shared by the session store and the WeChat de-duplication, so one time-out warns both.
 */
public final class RedisOutage {

    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

    private final Duration retryAfter;
    private final Clock clock;
    private volatile Instant downUntil = Instant.MIN;

    public RedisOutage(Duration retryAfter, Clock clock) {
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /** Whether to try Redis now: never failed, or the last failure is {@code retryAfter} old. */
    public boolean redisUsable() {
        return !clock.instant().isBefore(downUntil);
    }

    public void failed(String user, RuntimeException e) {
        if (redisUsable()) {
            log.warn("Redis unreachable for {} ({}); this node goes on with its own copies, trying again in {}",
                    user, e.getMessage(), retryAfter);
        }
        downUntil = clock.instant().plus(retryAfter);
    }
}
