package cn.yinling.hotline.console.queue;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;

/**
 * Listens to one Redis pub/sub channel on a daemon thread of its own (Jedis' {@code subscribe}
 * blocks), subscribing again with a growing pause when Redis drops, until {@link #stop()}.
 * {@code onResubscribed} runs after each subscription but the first, so the owner can catch up
 * on what was published while it was away.
 */
final class RedisSubscription {

    static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(RedisSubscription.class);

    private final UnifiedJedis redis;
    private final String channel;
    private final Consumer<String> onMessage;
    private final Runnable onResubscribed;
    private final Thread thread;
    private volatile boolean running;
    private volatile JedisPubSub current;
    private boolean subscribedBefore;

    RedisSubscription(UnifiedJedis redis, String channel, Consumer<String> onMessage, Runnable onResubscribed) {
        this.redis = redis;
        this.channel = channel;
        this.onMessage = onMessage;
        this.onResubscribed = onResubscribed;
        this.thread = new Thread(this::listen, "redis-subscription-" + channel);
        this.thread.setDaemon(true);
    }

    void start() {
        running = true;
        thread.start();
    }

    /** Unsubscribes and waits briefly for the thread to end. */
    void stop() {
        running = false;
        JedisPubSub listener = current;
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

    boolean isSubscribed() {
        JedisPubSub listener = current;
        return listener != null && listener.isSubscribed();
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            Listener listener = new Listener();
            current = listener;
            try {
                redis.subscribe(listener, channel);
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
                log.info("Subscribed to {} again", channel);
                onResubscribed.run();
            }
            subscribedBefore = true;
        }

        @Override
        public void onMessage(String fromChannel, String message) {
            try {
                onMessage.accept(message);
            } catch (RuntimeException e) {
                log.warn("Handling a message on {} failed", channel, e);
            }
        }
    }
}
