package cn.yinling.hotline.cases.elderimport;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElderImportProperties.class)
class ElderImportConfiguration {
}
