package cn.yinling.hotline.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hotline.actuator.*}: who may read actuator beyond the health status.
 *
 * @param internalNetworks addresses or CIDR ranges (e.g. {@code 10.20.0.0/16}, {@code ::1}) whose
 *                         clients see health details, metrics, Prometheus and answer times without
 *                         signing in: the monitoring hosts. Empty: nobody but a signed-in admin.
 */
@ConfigurationProperties("hotline.actuator")
record ActuatorProperties(List<String> internalNetworks) {

    ActuatorProperties {
        internalNetworks = internalNetworks == null ? List.of()
                : internalNetworks.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
