package cn.yinling.hotline.console.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Redis relay between console nodes ({@code hotline.console.relay.*}).
 *
 * @param channel          the pub/sub channel every node of one console shares
 * @param heartbeat        how often a node sends itself a heartbeat through the channel
 * @param heartbeatTimeout how long a heartbeat may take to come back before the subscription counts as dead
 *                         and is made again
 */
@ConfigurationProperties("hotline.console.relay")
public record RelayProperties(
        @DefaultValue("hotline:console:queue") String channel,
        @DefaultValue("PT10S") Duration heartbeat,
        @DefaultValue("PT5S") Duration heartbeatTimeout) {

    public RelayProperties {
        if (heartbeat.isNegative() || heartbeat.isZero() || heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
            throw new IllegalArgumentException("hotline.console.relay heartbeat and heartbeat-timeout must be positive");
        }
    }
}
