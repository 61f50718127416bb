package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.Channel;
import java.util.Objects;

/**
 * One input to the engine, from any channel. {@code sender} is the caller's number (voice), the
 * openid (WeChat) or the chat session id (web).
 */
public record Inbound(Channel channel, String sender, InputKind kind, String text, String digits) {

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (sender == null || sender.isBlank()) {
            throw new IllegalArgumentException("An input needs a sender");
        }
    }

    public static Inbound text(Channel channel, String sender, String text) {
        return new Inbound(channel, sender, InputKind.TEXT, text, null);
    }

    public static Inbound digits(Channel channel, String sender, String digits) {
        return new Inbound(channel, sender, InputKind.DTMF, null, digits);
    }

    public static Inbound event(Channel channel, String sender, InputKind kind) {
        return new Inbound(channel, sender, kind, null, null);
    }

    public String sessionKey() {
        return channel.name().toLowerCase() + ":" + sender;
    }
}
