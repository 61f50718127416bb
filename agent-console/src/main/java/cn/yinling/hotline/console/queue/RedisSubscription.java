package cn.yinling.hotline.console.queue;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Listens to one Redis pub/sub channel on a daemon thread of its own (Jedis' {@code subscribe}
 * blocks), subscribing again with a growing pause when Redis drops, until {@link #stop()}.
 * {@code onResubscribed} runs after each subscription but the first, so the owner can catch up
 * on what was published while it was away.
 *
 * <p>A subscription can also die silently: a firewall or NAT drops the idle connection without a
 * reset, and the blocked read never returns, so the node stops hearing the others and nobody
 * notices. So the subscription sends itself a heartbeat through the channel every
 * {@code heartbeat}; when one has not come back within {@code heartbeatTimeout}, it closes its
 * connection, which ends the blocked read and makes the loop subscribe again. Heartbeats are
 * never passed on to {@code onMessage}, and other nodes' heartbeats are ignored. Elapsed times
 * come from {@link System#nanoTime()}, not the application clock: they measure the network, not
 * the business day, and tests that hold the application clock still must not stop them.
 */
final class RedisSubscription {

    static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /** Starts every heartbeat message; the rest names the subscription and the beat. */
    static final String HEARTBEAT = "hotline-heartbeat:";

    private static final Logger log = LoggerFactory.getLogger(RedisSubscription.class);

    /** How the subscription stands, for the health endpoint. */
    record Status(boolean subscribed, boolean heartbeatAnswered, long lastRoundTripMillis, long missedHeartbeats,
            int resubscriptions, Long clientId) {
    }

    private final UnifiedJedis redis;
    private final String channel;
    private final Consumer<String> onMessage;
    private final Runnable onResubscribed;
    private final Duration heartbeat;
    private final Duration heartbeatTimeout;
    private final String beatPrefix = HEARTBEAT + UUID.randomUUID() + ":";
    private final Thread thread;
    private final ScheduledExecutorService beats;
    private final AtomicLong sentBeat = new AtomicLong();
    private final AtomicLong answeredBeat = new AtomicLong();
    private final AtomicLong missedBeats = new AtomicLong();
    private final AtomicInteger resubscriptions = new AtomicInteger();
    private volatile long sentAtNanos;
    private volatile long lastRoundTripMillis = -1;
    private volatile boolean heartbeatAnswered = true;
    private volatile boolean running;
    private volatile Listener current;
    private volatile Connection connection;
    private volatile Long clientId;
    private boolean subscribedBefore;

    RedisSubscription(UnifiedJedis redis, String channel, Consumer<String> onMessage, Runnable onResubscribed,
            Duration heartbeat, Duration heartbeatTimeout) {
        this.redis = redis;
        this.channel = channel;
        this.onMessage = onMessage;
        this.onResubscribed = onResubscribed;
        this.heartbeat = heartbeat;
        this.heartbeatTimeout = heartbeatTimeout;
        this.thread = new Thread(this::listen, "redis-subscription-" + channel);
        this.thread.setDaemon(true);
        // Two threads: a heartbeat stuck on a dead connection must not hold up the check that finds it dead.
        this.beats = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "redis-heartbeat-" + channel);
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        running = true;
        thread.start();
        beats.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Unsubscribes and waits briefly for the thread to end. */
    void stop() {
        running = false;
        beats.shutdownNow();
        Listener listener = current;
        if (listener != null && listener.isSubscribed()) {
            try {
                listener.unsubscribe();
            } catch (RuntimeException e) {
                log.debug("Unsubscribing from {} failed; the thread ends anyway", channel, e);
            }
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to {@code atMost} for the subscription to be in place; true when it is. */
    boolean awaitSubscribed(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!isSubscribed() && System.nanoTime() < deadline) {
            if (!sleep(Duration.ofMillis(20))) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return isSubscribed();
    }

    boolean isSubscribed() {
        Listener listener = current;
        return listener != null && listener.isSubscribed();
    }

    /** Subscribed, and the last heartbeat came back in time (or none has been missed yet). */
    boolean isHealthy() {
        return isSubscribed() && heartbeatAnswered;
    }

    Status status() {
        return new Status(isSubscribed(), heartbeatAnswered, lastRoundTripMillis, missedBeats.get(), resubscriptions.get(),
                clientId);
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            Listener listener = new Listener();
            current = listener;
            try {
                subscribe(listener);
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                if (listener.wasSubscribed) {
                    pause = FIRST_PAUSE;
                }
                log.warn("Lost the Redis subscription to {} ({}); trying again in {} ms", channel, e.getMessage(),
                        pause.toMillis());
                if (!sleep(pause)) {
                    break;
                }
                pause = longer(pause);
            }
        }
        current = null;
    }

    /**
     * On a connection of its own from the client's pool, so a dead one can be closed from outside
     * (the heartbeat check) and its Redis client id is known (logs, {@code CLIENT KILL} in tests).
     */
    private void subscribe(Listener listener) {
        if (!(redis instanceof RedisClient client)) {
            redis.subscribe(listener, channel); // cannot be closed from outside; the health still shows a dead one
            return;
        }
        try (Connection c = client.getPool().getResource()) {
            clientId = (Long) c.executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("ID"));
            connection = c;
            listener.proceed(c, channel);
        } finally {
            connection = null;
        }
    }

    private void beat() {
        try {
            long previous = sentBeat.get();
            if (previous > answeredBeat.get()) {
                return; // the check of the previous beat has not run yet
            }
            if (!isSubscribed()) {
                return; // the loop is already subscribing again
            }
            long beat = sentBeat.incrementAndGet();
            sentAtNanos = System.nanoTime();
            beats.schedule(() -> check(beat), heartbeatTimeout.toMillis(), TimeUnit.MILLISECONDS);
            redis.publish(channel, beatPrefix + beat);
        } catch (JedisException e) {
            log.debug("Could not send a heartbeat on {}: {}", channel, e.getMessage());
        } catch (RejectedExecutionException e) {
            log.debug("Stopping; no more heartbeats on {}", channel);
        }
    }

    private void check(long beat) {
        if (!running || answeredBeat.get() >= beat) {
            return;
        }
        answeredBeat.set(beat); // counted as missed; the next beat starts afresh
        missedBeats.incrementAndGet();
        heartbeatAnswered = false;
        log.warn("No heartbeat back through Redis channel {} within {} ms (client id {}); the subscription counts as dead"
                + " and is made again", channel, heartbeatTimeout.toMillis(), clientId);
        Connection c = connection;
        if (c != null) {
            try {
                c.forceDisconnect();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the dead subscription connection failed", e);
            }
        }
    }

    private void heard(String message) {
        if (!message.startsWith(beatPrefix)) {
            return; // another node's heartbeat
        }
        long beat;
        try {
            beat = Long.parseLong(message.substring(beatPrefix.length()));
        } catch (NumberFormatException e) {
            return;
        }
        if (beat == sentBeat.get() && answeredBeat.get() < beat) {
            answeredBeat.set(beat);
            lastRoundTripMillis = (System.nanoTime() - sentAtNanos) / 1_000_000;
            if (!heartbeatAnswered) {
                log.info("Heartbeats come back through Redis channel {} again", channel);
            }
            heartbeatAnswered = true;
        }
    }

    private static Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private final class Listener extends JedisPubSub {

        private volatile boolean wasSubscribed;

        @Override
        public void onSubscribe(String subscribedChannel, int subscribedChannels) {
            wasSubscribed = true;
            if (!running) {
                unsubscribe();
                return;
            }
            if (subscribedBefore) {
                resubscriptions.incrementAndGet();
                log.info("Subscribed to {} again (client id {})", channel, clientId);
                onResubscribed.run();
            }
            subscribedBefore = true;
        }

        @Override
        public void onMessage(String fromChannel, String message) {
            if (message.startsWith(HEARTBEAT)) {
                heard(message);
                return;
            }
            try {
                onMessage.accept(message);
            } catch (RuntimeException e) {
                log.warn("Handling a message on {} failed", channel, e);
            }
        }
    }
}
