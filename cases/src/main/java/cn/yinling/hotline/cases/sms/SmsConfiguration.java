package cn.yinling.hotline.cases.sms;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the SMS provider from {@code hotline.sms.provider} and says at start-up what it chose:
 * a selected provider without its credentials sends nothing (messages stay queued) and the log
 * says which environment variables are missing, never their values.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsSetup smsSetup(SmsProperties properties, Clock clock) {
        SmsSetup setup = choose(properties, clock);
        if (setup.sending()) {
            log.info("SMS: sending through provider '{}'{}", setup.provider(), SmsProperties.TENCENT.equals(setup.provider())
                    ? " (region " + properties.tencent().region() + ", " + properties.templates().size() + " templates)" : "");
        } else if (SmsProperties.NONE.equals(setup.provider())) {
            log.warn("SMS: hotline.sms.provider is none: text messages are queued and not sent");
        } else {
            log.error("SMS: provider '{}' cannot send: {}. Text messages stay queued until it is configured",
                    setup.provider(), setup.problem());
        }
        return setup;
    }

    static SmsSetup choose(SmsProperties properties, Clock clock) {
        return switch (properties.provider()) {
            case SmsProperties.LOG -> SmsSetup.using(SmsProperties.LOG, new LoggedSms(properties.signName()));
            case SmsProperties.TENCENT -> {
                List<String> missing = new java.util.ArrayList<>(properties.tencent().missing());
                if (properties.signName().isBlank()) {
                    missing.add("HOTLINE_SMS_SIGN_NAME");
                }
                yield missing.isEmpty() ? SmsSetup.using(SmsProperties.TENCENT, new TencentCloudSms(properties, clock))
                        : SmsSetup.off(SmsProperties.TENCENT, "missing " + String.join(", ", missing));
            }
            default -> SmsSetup.off(SmsProperties.NONE, null);
        };
    }
}
