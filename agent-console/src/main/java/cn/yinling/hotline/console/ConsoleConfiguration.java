package cn.yinling.hotline.console;

import cn.yinling.hotline.console.dashboard.DashboardProperties;
import cn.yinling.hotline.console.queue.RelayProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The console's settings and the message bundle its Thymeleaf pages read ({@code #{…}}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ConsoleProperties.class, DashboardProperties.class, RelayProperties.class})
class ConsoleConfiguration {

    /** Points the template engine at the console's bundle instead of the (empty) application message source. */
    @Bean
    static BeanPostProcessor consoleTemplateMessages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setTemplateEngineMessageSource(ConsoleMessages.bundle());
                }
                return bean;
            }
        };
    }
}
