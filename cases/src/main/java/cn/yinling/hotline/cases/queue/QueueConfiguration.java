package cn.yinling.hotline.cases.queue;

import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.Cases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link QueueCalls} with the application's meter registry, or a private one where there is none (module tests). */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

    @Bean
    QueueCalls queueCalls(QueueCallRepository calls, AgentRepository agents, Cases cases,
            ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ObjectProvider<MeterRegistry> meters, Clock clock) {
        return new QueueCalls(calls, agents, cases, events, transactions, meters.getIfAvailable(SimpleMeterRegistry::new),
                clock);
    }
}
