package cn.yinling.hotline.console.queue;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Shown as {@code consoleRelay} in {@code /actuator/health}: UP while this node hears the other
 * nodes (subscribed, and its own heartbeat comes back through the channel), DOWN when the
 * subscription is lost or silently dead, so a load balancer can take the node out until it has
 * subscribed again. Without Redis the console is one node and the relay is UP with mode
 * {@code single-node}.
 */
@Component("consoleRelay")
class RelayHealth extends AbstractHealthIndicator {

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
        (relay.healthy() ? builder.up() : builder.down())
                .withDetail("channel", relay.channel())
                .withDetail("subscribed", s.subscribed())
                .withDetail("heartbeatAnswered", s.heartbeatAnswered())
                .withDetail("lastRoundTripMillis", s.lastRoundTripMillis())
                .withDetail("missedHeartbeats", s.missedHeartbeats())
                .withDetail("resubscriptions", s.resubscriptions());
    }
}
