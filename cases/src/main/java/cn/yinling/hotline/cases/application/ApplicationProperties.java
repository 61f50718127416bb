package cn.yinling.hotline.cases.application;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The voucher application workflow ({@code hotline.application.*}).
 *
 * @param noticeDays  how many days the public notice (公示) runs; objections are taken while it runs
 * @param roles       the lowest console role that acts on each step (AGENT, SUPERVISOR or ADMIN);
 *                    a step missing here can only be acted on by an ADMIN
 * @param timeLimits  days allowed for each step before it shows as overdue; for PUBLIC_NOTICE,
 *                    days allowed after the notice ends
 */
@ConfigurationProperties("hotline.application")
public record ApplicationProperties(
        @DefaultValue("7") int noticeDays,
        Map<ApplicationState, ReviewerRole> roles,
        Map<ApplicationState, Integer> timeLimits) {

    public ApplicationProperties {
        if (noticeDays < 1) {
            throw new IllegalArgumentException("hotline.application.notice-days must be at least 1");
        }
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        timeLimits = timeLimits == null ? Map.of() : Map.copyOf(timeLimits);
    }

    /** The lowest role that acts on a step; ADMIN when none is configured, so a gap in the settings opens nothing. */
    public ReviewerRole roleFor(ApplicationState state) {
        return roles.getOrDefault(state, ReviewerRole.ADMIN);
    }

    /** Days allowed for a step; a step without a limit is never overdue. */
    public Integer limitFor(ApplicationState state) {
        return timeLimits.get(state);
    }
}
