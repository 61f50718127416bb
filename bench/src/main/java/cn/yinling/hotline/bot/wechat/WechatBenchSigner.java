package cn.yinling.hotline.bot.wechat;

import java.net.URI;
import java.time.Clock;

/**
 * The bench's door to the package-private {@link WechatClient} of module bot (same package on the
 * class path, so nothing is copied): builds text messages and signs (in safe mode encrypts) them
 * exactly as {@code wechat-say} and the tests do. The harness sends them with its own HTTP client.
 */
public final class WechatBenchSigner {

    /** A signed request: the query string (without {@code ?}) and the body. */
    public record Signed(String query, String body) {
    }

    private final WechatClient client;

    public WechatBenchSigner(URI callback, String token, String appId, String aesKey, boolean safeMode, Clock clock) {
        this.client = new WechatClient(callback, token, appId, aesKey, safeMode, clock);
    }

    /** A text message from {@code openid}, signed (and encrypted in safe mode) with a fresh timestamp and nonce. */
    public Signed signedText(String openid, String text, long msgId) {
        WechatClient.Signed s = client.sign(openid, WechatClient.textXml(openid, text, msgId, client.now()));
        return new Signed(s.query(), s.body());
    }

    /** The passive reply's text (decrypted in safe mode), or null for {@code success} / empty. */
    public String replyText(String responseBody) {
        return client.replyText(responseBody);
    }

    public static String demoToken() {
        return WechatProperties.DEMO_TOKEN;
    }

    public static String demoAppId() {
        return WechatProperties.DEMO_APP_ID;
    }

    public static String demoAesKey() {
        return WechatProperties.DEMO_AES_KEY;
    }
}
