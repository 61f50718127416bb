package cn.yinling.hotline.cases.emergency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Emergency handling on the console ({@code hotline.emergency.*}).
 *
 * @param supervisorAfter an emergency nobody has claimed this long after it opened alerts the supervisors
 * @param everyoneAfter   one still unclaimed this long after it opened alerts every agent and supervisor again
 * @param checkEvery      how often each node looks for emergencies due for escalation
 * @param procedureFile   YAML file with the centre's emergency procedure (the checklist on the case page)
 */
@ConfigurationProperties("hotline.emergency")
public record EmergencyProperties(
        @DefaultValue("PT60S") Duration supervisorAfter,
        @DefaultValue("PT180S") Duration everyoneAfter,
        @DefaultValue("PT5S") Duration checkEvery,
        @DefaultValue("classpath:emergency/procedure.yml") String procedureFile) {

    public EmergencyProperties {
        if (supervisorAfter.isNegative() || supervisorAfter.isZero() || everyoneAfter.compareTo(supervisorAfter) <= 0) {
            throw new IllegalArgumentException(
                    "hotline.emergency: supervisor-after must be positive and everyone-after longer than it");
        }
        if (checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("hotline.emergency.check-every must be positive");
        }
    }
}
