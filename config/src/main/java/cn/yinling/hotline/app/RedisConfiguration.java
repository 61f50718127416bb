package cn.yinling.hotline.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;

/** A pooled Jedis client and its health check, only when {@code hotline.redis.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("hotline.redis.url")
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisClient redisClient(RedisProperties properties) {
        return RedisClient.create(properties.url());
    }

    @Bean
    RedisHealthIndicator redisHealthIndicator(RedisClient redis) {
        return new RedisHealthIndicator(redis);
    }

    /**
     * Shown as {@code redis} in /actuator/health: UP when PING answers PONG, else DEGRADED, not
     * DOWN: without Redis this node keeps serving calls and chats from its own memory, so a load
     * balancer must not take it (and, as Redis is shared, every other node) out of service.
     */
    static class RedisHealthIndicator implements HealthIndicator {

        static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: sessions and de-duplication kept in this node's memory");

        private final RedisClient redis;

        RedisHealthIndicator(RedisClient redis) {
            this.redis = redis;
        }

        @Override
        public Health health() {
            try {
                String pong = redis.ping();
                return "PONG".equals(pong) ? Health.up().build() : Health.status(DEGRADED).withDetail("reply", pong).build();
            } catch (RuntimeException e) {
                return Health.status(DEGRADED).withException(e).build();
            }
        }
    }
}
