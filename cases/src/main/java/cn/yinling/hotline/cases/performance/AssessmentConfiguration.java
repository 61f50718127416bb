package cn.yinling.hotline.cases.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the assessment rules once at start-up: a file that cannot be read or makes no sense stops the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentProperties.class)
class AssessmentConfiguration {

    @Bean
    AssessmentRules assessmentRules(ResourceLoader resources, AssessmentProperties properties) {
        try (InputStream in = resources.getResource(properties.rulesFile()).getInputStream()) {
            return AssessmentRules.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the assessment rules " + properties.rulesFile(), e);
        }
    }
}
