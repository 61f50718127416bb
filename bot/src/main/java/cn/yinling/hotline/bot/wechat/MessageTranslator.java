package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.dialog.InputKind;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.Channel;
import java.util.MissingResourceException;
import me.chanjar.weixin.common.api.WxConsts.EventType;
import me.chanjar.weixin.common.api.WxConsts.XmlMsgType;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * Translates a parsed WeChat message into an {@link Incoming}; no business rules. Text and voice
 * (its {@code Recognition}) become text for the engine, subscribing starts a conversation,
 * unsubscribing ends it, a menu click becomes the words of its menu entry
 * ({@code wechat.menu.<EventKey>} in the message bundle).
 */
final class MessageTranslator {

    private final Messages msg = new Messages();

    Incoming translate(WxMpXmlMessage m) {
        String openid = m.getFromUser();
        String type = m.getMsgType() == null ? "" : m.getMsgType();
        return switch (type) {
            case XmlMsgType.TEXT -> text(openid, m.getContent());
            case XmlMsgType.VOICE -> voice(openid, m.getRecognition());
            case XmlMsgType.EVENT -> event(openid, m.getEvent(), m.getEventKey());
            default -> new Incoming.Polite(msg.text("wechat.unsupported"));
        };
    }

    /** The key under which a message is processed once: its MsgId, or sender and time for events. */
    static String dedupKey(WxMpXmlMessage m) {
        if (m.getMsgId() != null) {
            return "msg:" + m.getMsgId();
        }
        return "event:" + m.getFromUser() + ":" + m.getCreateTime() + ":" + m.getEvent();
    }

    private Incoming text(String openid, String content) {
        return new Incoming.ToEngine(Inbound.text(Channel.WECHAT, openid, content == null ? "" : content), true);
    }

    private Incoming voice(String openid, String recognition) {
        if (recognition == null || recognition.isBlank()) {
            return new Incoming.Polite(msg.text("wechat.voiceNotRecognised"));
        }
        return text(openid, recognition);
    }

    private Incoming event(String openid, String event, String key) {
        if (EventType.SUBSCRIBE.equalsIgnoreCase(event)) {
            return new Incoming.ToEngine(Inbound.event(Channel.WECHAT, openid, InputKind.START), true);
        }
        if (EventType.UNSUBSCRIBE.equalsIgnoreCase(event)) {
            return new Incoming.ToEngine(Inbound.event(Channel.WECHAT, openid, InputKind.HANGUP), false);
        }
        if (EventType.CLICK.equalsIgnoreCase(event)) {
            return click(openid, key);
        }
        return new Incoming.Ignored("event " + event);
    }

    private Incoming click(String openid, String key) {
        try {
            return text(openid, msg.text("wechat.menu." + key));
        } catch (MissingResourceException | NullPointerException e) {
            return new Incoming.Polite(msg.text("wechat.unknownMenu"));
        }
    }
}
