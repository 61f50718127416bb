package cn.yinling.hotline.cases.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workers ({@code hotline.workers.*}).
 *
 * @param numberDigits how many digits a worker number has: few enough to key at an elder's door,
 *                     enough for every worker of the centre
 */
@ConfigurationProperties("hotline.workers")
public record WorkerProperties(@DefaultValue("4") int numberDigits) {

    public WorkerProperties {
        if (numberDigits < 3 || numberDigits > 8) {
            throw new IllegalArgumentException("hotline.workers.number-digits must be 3 to 8 (the column holds 8)");
        }
    }
}
