package cn.yinling.hotline.console.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the supervisor's dashboard ({@code hotline.console.dashboard.*}).
 *
 * @param satisfactionTarget the share of service ratings of 4 or 5 the centre aims at, in percent (the seeds say 95)
 */
@ConfigurationProperties("hotline.console.dashboard")
public record DashboardProperties(@DefaultValue("95") int satisfactionTarget) {

    public DashboardProperties {
        if (satisfactionTarget < 0 || satisfactionTarget > 100) {
            throw new IllegalArgumentException("hotline.console.dashboard.satisfaction-target must be 0..100");
        }
    }
}
