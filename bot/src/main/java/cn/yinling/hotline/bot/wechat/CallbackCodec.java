package cn.yinling.hotline.bot.wechat;

import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import org.springframework.http.HttpStatus;

/**
 * Message bodies in and out, through WxJava: plaintext XML, or safe mode's encrypted envelope
 * (msg_signature, AES, app id). Every XML text is checked for DTDs before WxJava parses it.
 */
final class CallbackCodec {

    /** A parsed message and whether it came encrypted (so is its reply). */
    record Opened(WxMpXmlMessage message, boolean encrypted) {
    }

    private static final String WARM_UP = "<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ ]]></Content></xml>";

    private final CallbackGuard guard;
    private final SafeModeCrypt crypt;
    private final boolean safeModeOnly;

    CallbackCodec(CallbackGuard guard, SafeModeCrypt crypt, boolean safeModeOnly) {
        this.guard = guard;
        this.crypt = crypt;
        this.safeModeOnly = safeModeOnly;
        parse(WARM_UP); // WxJava's XStream set-up takes about a second: not on the first message's 5 s
    }

    Opened open(String body, String encryptType, String msgSignature, String timestamp, String nonce) {
        guard.checkNoDtd(body);
        boolean encrypted = "aes".equalsIgnoreCase(encryptType);
        if (!encrypted && safeModeOnly) {
            throw new Refused(HttpStatus.FORBIDDEN, "plaintext message while safe mode is required");
        }
        if (!encrypted) {
            return new Opened(parse(body), false);
        }
        String plain = crypt.open(msgSignature, timestamp, nonce, parse(body).getEncrypt());
        guard.checkNoDtd(plain);
        return new Opened(parse(plain), true);
    }

    /** The passive reply for a text, or WeChat's "success" when there is none. */
    String reply(Opened opened, String text) {
        if (text == null || text.isBlank()) {
            return "success";
        }
        WxMpXmlMessage m = opened.message();
        String xml = WxMpXmlOutMessage.TEXT().content(text).fromUser(m.getToUser()).toUser(m.getFromUser()).build().toXml();
        return opened.encrypted() ? crypt.encrypt(xml) : xml;
    }

    /**
     * WxJava's XStream mapping of a message, without the second parse that
     * {@code WxMpXmlMessage.fromXml} adds to fill {@code allFieldsMap} (unused here): that one builds
     * a dom4j SAX reader, and with it a JAXP parser factory found by a class-path scan, for every
     * message, and cost more than the rest of the callback's own work. XStream's pull parser
     * (MXParser) resolves no external entities and expands no declared ones; DTDs are refused
     * before this anyway.
     */
    static WxMpXmlMessage parse(String xml) {
        try {
            WxMpXmlMessage m = MessageXml.read(xml.replace("</PicList><PicList>", ""));
            if (m == null) {
                throw new Refused(HttpStatus.BAD_REQUEST, "empty XML");
            }
            return m;
        } catch (WxRuntimeException | com.thoughtworks.xstream.XStreamException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "malformed XML");
        }
    }
}
