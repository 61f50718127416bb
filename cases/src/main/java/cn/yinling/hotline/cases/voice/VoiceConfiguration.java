package cn.yinling.hotline.cases.voice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@code hotline.voice.*}, so any application that scans the module gets it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VoiceProperties.class)
class VoiceConfiguration {
}
