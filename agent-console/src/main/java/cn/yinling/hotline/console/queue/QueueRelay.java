package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseOpened;
import java.time.Duration;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes several nodes one console: publishes this node's queue changes and screen pops to a Redis
 * channel and pushes other nodes' ones to this node's browsers (a screen pop only to the browsers of
 * the agent it is for). Without a Redis client it does nothing and the console is live on one node
 * only. Own messages are recognised by a node id and skipped, since {@link QueueStream} and
 * {@link ScreenPops} have already pushed them here. The subscription checks itself with
 * heartbeats (see {@link RedisSubscription}); {@link RelayHealth} reports how it stands.
 */
@Component
class QueueRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueRelay.class);
    /** Unknown fields are ignored, so nodes of the next version can add some during a rolling update. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final String POP = "pop";
    static final Duration FIRST_SUBSCRIPTION = Duration.ofSeconds(2);

    /** What travels between nodes: a queue change, or (kind {@value #POP}) a screen pop for one agent. */
    record Message(String node, long caseId, String kind, String detail, Long agentId) {
    }

    private final UnifiedJedis redis;
    private final QueueStream stream;
    private final ScreenPopStream pops;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final ExecutorService publisher;
    private final RedisSubscription subscription;
    private volatile boolean running;

    QueueRelay(ObjectProvider<UnifiedJedis> redis, QueueStream stream, ScreenPopStream pops, RelayProperties properties) {
        this.redis = redis.getIfAvailable();
        this.stream = stream;
        this.pops = pops;
        this.channel = properties.channel();
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
            this.subscription = new RedisSubscription(this.redis, channel, this::received, this::catchUp,
                    properties.heartbeat(), properties.heartbeatTimeout());
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
            // A node should not take agents before it hears the others; a briefly bounded wait, so a Redis
            // that is down delays the start only a little (the health endpoint then says DOWN).
            if (subscription.awaitSubscribed(FIRST_SUBSCRIPTION)) {
                log.info("The console queue is shared with other nodes through Redis channel {}", channel);
            } else {
                log.warn("Not yet subscribed to Redis channel {} after {} ms; other nodes' changes arrive once it is",
                        channel, FIRST_SUBSCRIPTION.toMillis());
            }
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

    /** How the subscription stands; null without Redis. */
    RedisSubscription.Status status() {
        return subscription == null ? null : subscription.status();
    }

    boolean healthy() {
        return subscription != null && subscription.isHealthy();
    }

    String channel() {
        return channel;
    }

    /** Tells the other nodes to pop a page up in the agent's browsers connected to them. */
    void publish(ScreenPop pop) {
        publish(new Message(node, 0, POP, pop.path(), pop.agentId()), "screen pop for agent " + pop.agentId());
    }

    private void publish(QueueChange change) {
        publish(new Message(node, change.caseId(), change.kind(), change.detail(), null),
                "case " + change.caseId() + " (" + change.kind() + ")");
    }

    private void publish(Message message, String what) {
        if (publisher == null || publisher.isShutdown()) {
            return;
        }
        String json = JSON.writeValueAsString(message);
        try {
            publisher.execute(() -> send(json, what));
        } catch (RejectedExecutionException e) {
            log.debug("Stopping; {} is not relayed", what);
        }
    }

    private void send(String json, String what) {
        try {
            redis.publish(channel, json);
        } catch (JedisException e) {
            log.warn("Could not tell the other nodes about {}: {}", what, e.getMessage());
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
        if (node.equals(message.node())) {
            return;
        }
        if (POP.equals(message.kind())) {
            if (message.agentId() != null && message.detail() != null) {
                pops.push(new ScreenPop(message.agentId(), message.detail()));
            }
        } else {
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
