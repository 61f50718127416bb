package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.queue.QueueCalls;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The AMI client, only when configured ({@link AmiConfigured}): the session, the queue events it
 * feeds into {@link QueueCalls}, and the dialer that replaces the logging one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(AmiConfigured.class)
@EnableConfigurationProperties(AmiProperties.class)
class AmiConfiguration {

    @Bean
    AmiConnection amiConnection(AmiProperties properties, AmiQueueEvents queueEvents) {
        AmiConnection connection = new AmiConnection(properties);
        connection.listen(queueEvents);
        return connection;
    }

    @Bean
    AmiQueueEvents amiQueueEvents(QueueCalls queueCalls) {
        return new AmiQueueEvents(queueCalls);
    }

    @Bean
    AmiDialer amiDialer(AmiConnection connection, AmiProperties properties) {
        return new AmiDialer(connection, properties);
    }
}
