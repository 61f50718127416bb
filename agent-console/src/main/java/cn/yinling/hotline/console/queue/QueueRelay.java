package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseOpened;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes several nodes one console: publishes this node's queue changes to a Redis channel and
 * pushes other nodes' changes to this node's browsers. Without a Redis client it does nothing and
 * the queue is live on one node only. Own messages are recognised by a node id and skipped, since
 * {@link QueueStream} has already pushed them here.
 */
@Component
class QueueRelay implements SmartLifecycle {

    static final String CHANNEL = "hotline:console:queue";

    private static final Logger log = LoggerFactory.getLogger(QueueRelay.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What travels between nodes. */
    record Message(String node, long caseId, String kind, String detail) {
    }

    private final UnifiedJedis redis;
    private final QueueStream stream;
    private final String node = UUID.randomUUID().toString();
    private final ExecutorService publisher;
    private final RedisSubscription subscription;
    private volatile boolean running;

    QueueRelay(ObjectProvider<UnifiedJedis> redis, QueueStream stream) {
        this.redis = redis.getIfAvailable();
        this.stream = stream;
        if (this.redis == null) {
            this.publisher = null;
            this.subscription = null;
        } else {
            // Publishing off the request thread: a slow or absent Redis must not hold up whoever changed the case.
            this.publisher = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "console-queue-publisher");
                t.setDaemon(true);
                return t;
            });
            this.subscription = new RedisSubscription(this.redis, CHANNEL, this::received, this::catchUp);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseOpened opened) {
        publish(QueueChange.of(opened));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseChanged changed) {
        publish(QueueChange.of(changed));
    }

    @Override
    public void start() {
        if (redis == null) {
            log.info("The console queue is live on this node only (no hotline.redis.url)");
        } else {
            subscription.start();
            log.info("The console queue is shared with other nodes through Redis channel {}", CHANNEL);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (subscription != null) {
            subscription.stop();
            publisher.shutdown();
            awaitPublisher();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True once this node listens to the other nodes (always false without Redis). */
    boolean listening() {
        return subscription != null && subscription.isSubscribed();
    }

    private void publish(QueueChange change) {
        if (publisher == null || publisher.isShutdown()) {
            return;
        }
        String json = JSON.writeValueAsString(new Message(node, change.caseId(), change.kind(), change.detail()));
        try {
            publisher.execute(() -> send(json, change));
        } catch (RejectedExecutionException e) {
            log.debug("Stopping; case {} is not relayed", change.caseId());
        }
    }

    private void send(String json, QueueChange change) {
        try {
            redis.publish(CHANNEL, json);
        } catch (JedisException e) {
            log.warn("Could not tell the other nodes about case {} ({}): {}", change.caseId(), change.kind(), e.getMessage());
        }
    }

    private void received(String json) {
        Message message;
        try {
            message = JSON.readValue(json, Message.class);
        } catch (JacksonException e) {
            log.warn("Ignored a malformed queue message: {}", json);
            return;
        }
        if (!node.equals(message.node())) {
            stream.push(new QueueChange(message.caseId(), message.kind(), message.detail()));
        }
    }

    /** After Redis was away, browsers re-read the queue in case they missed a change meanwhile. */
    private void catchUp() {
        stream.push(new QueueChange(0, "changed", "RESUBSCRIBED"));
    }

    private void awaitPublisher() {
        try {
            publisher.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
