package cn.yinling.hotline.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agents' console ({@code hotline.console.*}).
 *
 * @param sessionTimeout how long a signed-in agent's idle browser session lasts
 * @param demoPassword   password of the demo accounts created when {@code hotline.cases.demo-data=true}
 */
@ConfigurationProperties("hotline.console")
public record ConsoleProperties(
        @DefaultValue("PT30M") Duration sessionTimeout,
        @DefaultValue("yinling-demo") String demoPassword) {
}
