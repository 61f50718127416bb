package cn.yinling.hotline.cases.sms;

import java.util.Optional;

/**
 * Which provider this node sends text messages through, and whether it can: {@code gateway} is
 * empty when nothing is sent ({@code none}, or a provider missing its settings, named in
 * {@code problem}). The console shows it above the messages.
 */
public record SmsSetup(String provider, Optional<SmsGateway> gateway, String problem) {

    public static SmsSetup using(String provider, SmsGateway gateway) {
        return new SmsSetup(provider, Optional.of(gateway), null);
    }

    public static SmsSetup off(String provider, String problem) {
        return new SmsSetup(provider, Optional.empty(), problem);
    }

    public boolean sending() {
        return gateway.isPresent();
    }
}
