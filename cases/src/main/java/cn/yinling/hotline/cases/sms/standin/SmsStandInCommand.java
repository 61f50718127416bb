package cn.yinling.hotline.cases.sms.standin;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar hotline.jar sms-standin [--port N] [--secret-id ID] [--secret-key KEY] [--app-id ID]}:
 * runs the Tencent Cloud SMS stand-in until stopped and prints every request it receives, so the
 * hotline can be tried with {@code HOTLINE_SMS_PROVIDER=tencent} and
 * {@code hotline.sms.tencent.endpoint=http://127.0.0.1:N/} without sending anything.
 */
public final class SmsStandInCommand {

    private SmsStandInCommand() {
    }

    public static int run(String[] args) {
        int port = 9876;
        String secretId = "standin-id";
        String secretKey = "standin-key";
        String appId = "1400000000";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = value == null ? -1 : parse(value);
                case "--secret-id" -> secretId = value;
                case "--secret-key" -> secretKey = value;
                case "--app-id" -> appId = value;
                default -> {
                    return usage();
                }
            }
            i++;
            if (value == null || port < 0) {
                return usage();
            }
        }
        try (TencentSmsStandIn standIn = new TencentSmsStandIn(port, secretId, secretKey, appId, Clock.systemUTC())) {
            standIn.onReceived(r -> System.out.println(r.error() != null
                    ? "REFUSED " + r.error() + " (phone " + r.phone() + ")"
                    : r.answer() + " to " + r.phone() + ": sign " + r.signName() + ", template " + r.templateId()
                            + ", params " + r.params()));
            System.out.println("Tencent Cloud SMS stand-in on " + standIn.endpoint() + " (SecretId " + secretId
                    + ", SdkAppId " + appId + "); Ctrl-C stops it");
            new CountDownLatch(1).await();
            return 0;
        } catch (IOException e) {
            System.err.println("Cannot listen on port " + port + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int usage() {
        System.err.println("Usage: sms-standin [--port N] [--secret-id ID] [--secret-key KEY] [--app-id SDKAPPID]");
        return 2;
    }
}
