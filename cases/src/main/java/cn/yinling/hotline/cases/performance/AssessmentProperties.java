package cn.yinling.hotline.cases.performance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of worker and provider assessment ({@code hotline.cases.assessment.*}).
 *
 * @param rulesFile   the YAML with the grace on arrival, the upheld outcomes and the red/black list rules
 * @param monthlyCron when last month's lists are proposed (in the centre's zone); once across nodes
 */
@ConfigurationProperties("hotline.cases.assessment")
public record AssessmentProperties(
        @DefaultValue("classpath:policies/assessment-rules.yml") String rulesFile,
        @DefaultValue("0 30 1 1 * *") String monthlyCron) {
}
