package cn.yinling.hotline.cases.sms;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Settings of a Tencent provider pointed at a stand-in, and fresh mobile numbers, for this package's tests. */
final class SmsTestSupport {

    static final String SECRET_ID = "AKIDstandintest";
    static final String SECRET_KEY = "stand-in-secret-key-7f3a9c";
    static final String APP_ID = "1400006666";
    private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000));

    private SmsTestSupport() {
    }

    static SmsProperties tencent(URI endpoint, String secretKey) {
        return new SmsProperties("tencent", "银铃热线", "12349",
                Map.of("emergency.responder", "100001", "emergency.family", "100002"),
                Map.of("emergency.responder", "PT1H"), 3, Duration.ofMinutes(1), Duration.ofMinutes(30), 20,
                Duration.ofMinutes(2), Duration.ofSeconds(10), "",
                new SmsProperties.Tencent(SECRET_ID, secretKey, APP_ID, "ap-guangzhou", endpoint, Duration.ofSeconds(5),
                        List.of("RequestLimitExceeded", "LimitExceeded.PhoneNumberThirtySecondLimit", "InternalError")));
    }

    static String mobile() {
        return "139" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
    }
}
