package cn.yinling.hotline.cases.eligibility;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EligibilityProperties.class)
class EligibilityConfiguration {
}
