package cn.yinling.hotline.console.presence;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How presence follows the work ({@code hotline.console.presence.*}).
 *
 * @param liveCaseTypes case types that are a person on the line or in a chat: holding one makes an agent 通话中
 *                      and counts against the automatic assignment's capacity
 * @param maxWrapUp     longest after-call work (话后处理) before the agent is 空闲 again
 * @param checkEvery    how often each node looks for after-call work that is over (and waiting cases to assign)
 */
@ConfigurationProperties("hotline.console.presence")
public record PresenceProperties(
        @DefaultValue({"HANDOFF", "EMERGENCY"}) Set<String> liveCaseTypes,
        @DefaultValue("PT2M") Duration maxWrapUp,
        @DefaultValue("PT10S") Duration checkEvery) {

    public PresenceRules rules() {
        return new PresenceRules(maxWrapUp);
    }
}
