package cn.yinling.hotline.cases.eligibility;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of automatic enrolment ({@code hotline.cases.eligibility.*}).
 *
 * @param automaticPolicies the policy codes this deployment applies by their rules, in order of
 *                          precedence: an elder is enrolled in the first one whose rules they meet
 *                          (one subsidy at a time, as a booking is paid from one). Empty: none; a
 *                          deployment never enrols elders in another city's policy
 * @param birthdayCron      when the nightly check of birthdays that start or end eligibility runs
 */
@ConfigurationProperties("hotline.cases.eligibility")
public record EligibilityProperties(
        @DefaultValue List<String> automaticPolicies,
        @DefaultValue("0 1 0 * * *") String birthdayCron) {
}
