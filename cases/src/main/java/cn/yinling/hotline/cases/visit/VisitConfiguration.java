package cn.yinling.hotline.cases.visit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@code hotline.visit.*}, so any application that scans the module gets it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitProperties.class)
class VisitConfiguration {
}
