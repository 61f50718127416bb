package cn.yinling.hotline.bot.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hotline.wechat.*}: the WeChat Official Account channel. The defaults are the documented
 * demo account (token, app id, AES key); production sets its own from the environment.
 *
 * @param enabled         serve {@code /wechat/callback} at all
 * @param token           the token configured on the Official Account's server settings
 * @param appId           the Official Account's app id (checked inside safe-mode messages)
 * @param secret          the app secret, used to fetch access tokens for customer-service messages
 * @param aesKey          the 43-character EncodingAESKey of safe mode
 * @param encrypted       safe mode only: plaintext messages are refused
 * @param apiBaseUrl      where the WeChat API lives (tests and the demo point it at a local server)
 * @param replyBudget     how long the engine may take for a passive reply before the answer goes out
 *                        through the customer-service API instead (WeChat waits 5 s)
 * @param timestampWindow how far a request's timestamp may be from now (replays outside it are refused)
 * @param maxBodyBytes    larger request bodies are refused unread
 * @param dedupTtl        how long a message id is remembered against WeChat's retries, and a signature against
 *                        replays; at least twice {@code timestampWindow}
 */
@ConfigurationProperties("hotline.wechat")
public record WechatProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(DEMO_TOKEN) String token,
        @DefaultValue(DEMO_APP_ID) String appId,
        @DefaultValue(DEMO_SECRET) String secret,
        @DefaultValue(DEMO_AES_KEY) String aesKey,
        @DefaultValue("false") boolean encrypted,
        @DefaultValue(DEFAULT_API_BASE_URL) String apiBaseUrl,
        @DefaultValue("PT4S") Duration replyBudget,
        @DefaultValue("PT5M") Duration timestampWindow,
        @DefaultValue("16384") int maxBodyBytes,
        @DefaultValue("PT10M") Duration dedupTtl) {

    public static final String DEMO_TOKEN = "yinling-demo-token";
    public static final String DEMO_APP_ID = "wx00yinlingdemo00";
    public static final String DEMO_SECRET = "yinling-demo-secret";
    /** Base64 of {@code yinling-hotline-demo-aes-key-32b} without the padding, as WeChat shows it. */
    public static final String DEMO_AES_KEY = "eWlubGluZy1ob3RsaW5lLWRlbW8tYWVzLWtleS0zMmI";
    public static final String DEFAULT_API_BASE_URL = "https://api.weixin.qq.com";

    public WechatProperties {
        if (enabled && (blank(token) || blank(appId) || blank(secret))) {
            throw new IllegalArgumentException("hotline.wechat.token, app-id and secret are required when the channel is enabled");
        }
        if (aesKey != null && !aesKey.isBlank() && aesKey.strip().length() != 43) {
            throw new IllegalArgumentException("hotline.wechat.aes-key must have 43 characters");
        }
        if (replyBudget.isNegative() || replyBudget.compareTo(Duration.ofMillis(4800)) > 0) {
            throw new IllegalArgumentException("hotline.wechat.reply-budget must stay under WeChat's 5 s");
        }
        if (maxBodyBytes < 512) {
            throw new IllegalArgumentException("hotline.wechat.max-body-bytes is too small for any message");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
