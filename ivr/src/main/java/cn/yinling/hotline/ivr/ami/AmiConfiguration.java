package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.callback.CallbackProperties;
import cn.yinling.hotline.cases.queue.QueueCalls;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The AMI client, only when configured ({@link AmiConfigured}): the session, the queue events it
 * feeds into {@link QueueCalls}, the dialer that replaces the logging one, the queue's state for
 * callbacks, the supervisors' ChanSpy calls and the agents' click-to-call.
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

    /** The agents' queue as the callbacks need it: expected wait, free agents, who waits since when. */
    @Bean
    AmiQueueStatus amiQueueStatus(AmiConnection connection, CallbackProperties callbacks) {
        return new AmiQueueStatus(connection, callbacks.queue());
    }

    /** Supervisors listening to, whispering into or joining live calls (Originate into ChanSpy). */
    @Bean
    AmiCallMonitor amiCallMonitor(AmiConnection connection, AmiProperties properties) {
        return new AmiCallMonitor(connection, properties);
    }

    /** Agents' click-to-call from a case: their own phone first, then the number (Originate into the agent-dial context). */
    @Bean
    AmiClickToCall amiClickToCall(AmiConnection connection, AmiProperties properties) {
        return new AmiClickToCall(connection, properties);
    }
}
