package cn.yinling.hotline.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
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

    /** Shown as {@code redis} in /actuator/health: UP when PING answers PONG. */
    static class RedisHealthIndicator extends AbstractHealthIndicator {

        private final RedisClient redis;

        RedisHealthIndicator(RedisClient redis) {
            super("Redis health check failed");
            this.redis = redis;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            String pong = redis.ping();
            if ("PONG".equals(pong)) {
                builder.up();
            } else {
                builder.down().withDetail("reply", pong);
            }
        }
    }
}
