package cn.yinling.hotline.bot.wechat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * Talks to a callback URL exactly as WeChat does: message XML, the query signature (SHA-1 of the
 * sorted token, timestamp and nonce) and, in safe mode, the AES envelope with {@code msg_signature}.
 * Used by {@code wechat-say} and by the tests as the WeChat side.
 */
final class WechatClient {

    /** A signed request: its query string and body. */
    record Signed(String query, String body) {
    }

    static final String ACCOUNT = "gh_yinling_demo";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI callback;
    private final String token;
    private final SafeModeCrypt crypt;
    private final boolean encrypted;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    WechatClient(URI callback, String token, String appId, String aesKey, boolean encrypted, Clock clock) {
        this.callback = callback;
        this.token = token;
        this.crypt = new SafeModeCrypt(token, aesKey, appId);
        this.encrypted = encrypted;
        this.clock = clock;
    }

    static String textXml(String openid, String text, long msgId, long createTime) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + text + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String voiceXml(String openid, String recognition, long msgId, long createTime) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
                + "<MediaId><![CDATA[media-" + msgId + "]]></MediaId><Format><![CDATA[amr]]></Format>"
                + "<Recognition><![CDATA[" + recognition + "]]></Recognition><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String eventXml(String openid, String event, String eventKey, long createTime) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event>"
                + (eventKey == null ? "" : "<EventKey><![CDATA[" + eventKey + "]]></EventKey>") + "</xml>";
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /** Signs (and in safe mode encrypts) a message for the given sender. */
    Signed sign(String openid, String plainXml) {
        String timestamp = Long.toString(now());
        String nonce = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
        String query = "signature=" + SHA1.gen(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=" + URLEncoder.encode(openid, StandardCharsets.UTF_8);
        if (!encrypted) {
            return new Signed(query, plainXml);
        }
        String cipher = crypt.encrypt(randomText(), plainXml);
        String body = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA[" + cipher
                + "]]></Encrypt></xml>";
        return new Signed(query + "&encrypt_type=aes&msg_signature=" + SHA1.gen(token, timestamp, nonce, cipher), body);
    }

    private static String randomText() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The query of a server verification request. */
    String verificationQuery(String echostr) {
        String timestamp = Long.toString(now());
        String nonce = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
        return "signature=" + SHA1.gen(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&echostr=" + echostr;
    }

    HttpResponse<String> get(String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(callback + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(Signed signed) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(callback + "?" + signed.query()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(signed.body(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String openid, String plainXml) throws IOException, InterruptedException {
        return post(sign(openid, plainXml));
    }

    /** The text of a passive reply (decrypted in safe mode), or null when the server answered "success". */
    String replyText(String responseBody) {
        if (responseBody == null || responseBody.isBlank() || "success".equals(responseBody.strip())) {
            return null;
        }
        WxMpXmlMessage reply = WxMpXmlMessage.fromXml(responseBody);
        if (reply.getEncrypt() != null) {
            String signature = reply.getAllFieldsMap().get("MsgSignature").toString();
            String timestamp = reply.getAllFieldsMap().get("TimeStamp").toString();
            String nonce = reply.getAllFieldsMap().get("Nonce").toString();
            reply = WxMpXmlMessage.fromXml(crypt.open(signature, timestamp, nonce, reply.getEncrypt()));
        }
        return reply.getContent();
    }
}
