package cn.yinling.hotline.cases.responders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@code hotline.responders.*}, so any application that scans the module gets it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResponderProperties.class)
class ResponderConfiguration {
}
