package cn.yinling.hotline.console.queue;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Shown as {@code consoleRelay} in {@code /actuator/health}: UP while this node hears the other
 * nodes (subscribed, and its own heartbeat comes back through the channel), DEGRADED when the
 * subscription is lost or silently dead: agents on this node then miss live updates made on other
 * nodes until it has subscribed again, but calls and chats go on, so it is no reason to take the
 * node (or, when Redis is down, every node) out of the load balancer. Without Redis the console is
 * one node and the relay is UP with mode {@code single-node}.
 */
@Component("consoleRelay")
class RelayHealth extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "not hearing the other nodes: live updates from them are delayed");

    private final QueueRelay relay;

    RelayHealth(QueueRelay relay) {
        super("Console relay health check failed");
        this.relay = relay;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RedisSubscription.Status s = relay.status();
        if (s == null) {
            builder.up().withDetail("mode", "single-node");
            return;
        }
        (relay.healthy() ? builder.up() : builder.status(DEGRADED))
                .withDetail("channel", relay.channel())
                .withDetail("subscribed", s.subscribed())
                .withDetail("heartbeatAnswered", s.heartbeatAnswered())
                .withDetail("lastRoundTripMillis", s.lastRoundTripMillis())
                .withDetail("missedHeartbeats", s.missedHeartbeats())
                .withDetail("resubscriptions", s.resubscriptions());
    }
}
