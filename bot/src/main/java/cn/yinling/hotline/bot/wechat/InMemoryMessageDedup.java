package cn.yinling.hotline.bot.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** De-duplication for a single node: keys with their expiry in a map, expired ones swept now and then. */
final class InMemoryMessageDedup implements MessageDedup {

    private static final int SWEEP_EVERY = 1024;

    private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Clock clock;
    private final Duration ttl;

    InMemoryMessageDedup(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public boolean firstTime(String key) {
        Instant now = clock.instant();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            seen.values().removeIf(until -> !until.isAfter(now));
        }
        boolean[] first = {false};
        seen.compute(key, (k, until) -> {
            if (until != null && until.isAfter(now)) {
                return until;
            }
            first[0] = true;
            return now.plus(ttl);
        });
        return first[0];
    }
}
