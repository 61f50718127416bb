package cn.yinling.hotline.cases.followup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@code hotline.followup.*}, so any application that scans the module gets it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpConfiguration {
}
