package cn.yinling.hotline.bot.wechat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * A lock across nodes: {@code SET key owner NX PX lease}, released only by its owner (a script
 * compares before it deletes, so a node whose lease ran out cannot release the next holder's lock).
 * The owner is this lock object and the holding thread; it is not reentrant. The lease bounds how
 * long a node that dies while holding it blocks the others.
 */
final class RedisLock implements Lock {

    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final UnifiedJedis redis;
    private final String key;
    private final long leaseMillis;
    private final String instance = UUID.randomUUID().toString();

    RedisLock(UnifiedJedis redis, String key, Duration lease) {
        this.redis = redis;
        this.key = key;
        this.leaseMillis = lease.toMillis();
    }

    @Override
    public boolean tryLock() {
        return "OK".equals(redis.set(key, owner(), SetParams.setParams().nx().px(leaseMillis)));
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        while (!tryLock()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(Math.min(left, POLL_NANOS));
        }
        return true;
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        while (!tryLock(1, TimeUnit.SECONDS)) {
            // keep waiting; the holder's lease ends it at the latest
        }
    }

    @Override
    public void lock() {
        boolean interrupted = false;
        while (!tryLock()) {
            LockSupport.parkNanos(POLL_NANOS);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void unlock() {
        redis.eval(RELEASE, List.of(key), List.of(owner()));
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("a Redis lock has no conditions");
    }

    private String owner() {
        return instance + ":" + Thread.currentThread().getId();
    }
}
