package cn.yinling.hotline.cases;

import cn.yinling.hotline.cases.elder.BindingProperties;
import cn.yinling.hotline.cases.elder.IdentificationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the module's settings, so any application that scans the module gets them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CasesProperties.class, BindingProperties.class, IdentificationProperties.class})
class CasesConfiguration {

    @Bean
    ShortDateTime shortDateTime(Clock clock, CasesProperties properties) {
        return new ShortDateTime(clock, properties.zone());
    }
}
