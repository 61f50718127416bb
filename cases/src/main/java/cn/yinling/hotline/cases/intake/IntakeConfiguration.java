package cn.yinling.hotline.cases.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

    @Bean
    IdNumberDigests idNumberDigests(IntakeProperties properties) {
        return new IdNumberDigests(properties);
    }
}
