package cn.yinling.hotline.cases.sms;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Text messages (SMS) and the provider that sends them ({@code hotline.sms.*}); see docs/sms.md.
 *
 * @param provider       {@code tencent} (Tencent Cloud SMS), {@code log} (written to the log in full and
 *                       counted as sent: a demo machine shows what would go out) or {@code none} (nothing
 *                       is sent; messages wait, queued). log by default; the prod profile makes it a choice
 * @param signName       the approved SMS signature (签名), e.g. 银铃热线; the provider puts it in front
 * @param callbackNumber the number people who get a notice call back (the centre's hotline)
 * @param templates      the hotline's template key → the provider's approved template id
 * @param maxAge         template key → how old a message may be and still go out (an emergency notice
 *                       hours late does harm; PT1H or 1h); older ones end FAILED unsent. Keys without one:
 *                       no limit. Strings, as Spring binds a dotted key as one only for a map of strings
 * @param maxAttempts    sends tried before a message is FAILED
 * @param firstRetry     wait after the first failed attempt; doubled after each further one
 * @param longestRetry   the longest wait between attempts
 * @param batch          most messages one node claims per poll
 * @param sendingTimeout a message claimed this long ago and not finished was left by a node that stopped: taken back
 * @param pollInterval   how often each node looks for messages to send
 * @param node           this node's name in {@code claimed_by}; empty = process id and host name
 * @param tencent        Tencent Cloud SMS (API 3.0, {@code SendSms})
 */
@ConfigurationProperties("hotline.sms")
public record SmsProperties(
        @DefaultValue("log") String provider,
        @DefaultValue("") String signName,
        @DefaultValue("") String callbackNumber,
        Map<String, String> templates,
        Map<String, String> maxAge,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry,
        @DefaultValue("20") int batch,
        @DefaultValue("PT2M") Duration sendingTimeout,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("") String node,
        @DefaultValue Tencent tencent) {

    public static final String TENCENT = "tencent";
    public static final String LOG = "log";
    public static final String NONE = "none";

    public SmsProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        maxAge = maxAge == null ? Map.of() : Map.copyOf(maxAge);
        provider = provider == null ? "" : provider.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of(TENCENT, LOG, NONE).contains(provider)) {
            throw new IllegalArgumentException("hotline.sms.provider (HOTLINE_SMS_PROVIDER) must be chosen: tencent, log or none"
                    + (provider.isEmpty() ? "" : " (not '" + provider + "')") + "; see docs/sms.md");
        }
        maxAge.forEach((key, value) -> {
            try {
                DurationStyle.detectAndParse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("hotline.sms.max-age." + key + " is no duration: " + value, e);
            }
        });
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("hotline.sms.max-attempts and batch must be at least 1");
        }
    }

    /** How old a message of {@code template} may be and still go out; empty: no limit. */
    public java.util.Optional<Duration> maxAgeOf(String template) {
        return java.util.Optional.ofNullable(maxAge.get(template)).map(DurationStyle::detectAndParse);
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    public Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    /**
     * Tencent Cloud SMS. The credentials come from the environment (HOTLINE_SMS_TENCENT_SECRET_ID,
     * HOTLINE_SMS_TENCENT_SECRET_KEY); {@link #toString()} never shows the key.
     *
     * @param secretId      the API key's SecretId
     * @param secretKey     the API key's SecretKey
     * @param sdkAppId      the SMS application's SdkAppId (短信应用 ID, e.g. 1400006666)
     * @param region        the API region: ap-guangzhou, ap-beijing or ap-nanjing
     * @param endpoint      the API's address; another one only for a stand-in
     * @param timeout       connect and answer time of one request
     * @param retryableCodes error codes (or their prefixes) after which trying again can help: throttling,
     *                      the provider's internal errors; every other code fails the message
     */
    public record Tencent(
            @DefaultValue("") String secretId,
            @DefaultValue("") String secretKey,
            @DefaultValue("") String sdkAppId,
            @DefaultValue("ap-guangzhou") String region,
            @DefaultValue("https://sms.tencentcloudapi.com") URI endpoint,
            @DefaultValue("PT10S") Duration timeout,
            @DefaultValue({"RequestLimitExceeded", "LimitExceeded.PhoneNumberThirtySecondLimit",
                    "LimitExceeded.PhoneNumberOneHourLimit", "LimitExceeded.DeliveryFrequencyLimit", "InternalError",
                    "FailedOperation.InsufficientBalanceInSmsPackage", "ResourceUnavailable"})
            List<String> retryableCodes) {

        /** The settings a request needs and this node lacks, by their environment variables. */
        public List<String> missing() {
            java.util.ArrayList<String> missing = new java.util.ArrayList<>();
            if (secretId.isBlank()) {
                missing.add("HOTLINE_SMS_TENCENT_SECRET_ID");
            }
            if (secretKey.isBlank()) {
                missing.add("HOTLINE_SMS_TENCENT_SECRET_KEY");
            }
            if (sdkAppId.isBlank()) {
                missing.add("HOTLINE_SMS_TENCENT_SDK_APP_ID");
            }
            return missing;
        }

        public boolean retryable(String code) {
            return code != null && retryableCodes.stream().anyMatch(code::startsWith);
        }

        @Override
        public String toString() {
            return "Tencent[secretId=" + secretId + ", secretKey=" + (secretKey.isEmpty() ? "" : "(set)") + ", sdkAppId="
                    + sdkAppId + ", region=" + region + ", endpoint=" + endpoint + "]";
        }
    }
}
