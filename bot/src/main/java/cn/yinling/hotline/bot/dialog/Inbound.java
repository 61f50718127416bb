package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.VoiceMessage;
import java.util.Objects;

/**
 * One input to the engine, from any channel. {@code sender} is the caller's number (voice), the
 * openid (WeChat) or the chat session id (web). {@code voiceMessage} is set only for
 * {@link InputKind#RECORDING}, and null there when the caller said nothing.
 */
public record Inbound(Channel channel, String sender, InputKind kind, String text, String digits,
        VoiceMessage voiceMessage) {

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (sender == null || sender.isBlank()) {
            throw new IllegalArgumentException("An input needs a sender");
        }
        if (voiceMessage != null && kind != InputKind.RECORDING) {
            throw new IllegalArgumentException("Only a recording carries a voice message");
        }
    }

    public Inbound(Channel channel, String sender, InputKind kind, String text, String digits) {
        this(channel, sender, kind, text, digits, null);
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

    /** What the caller recorded after {@code Action.RecordMessage}; {@code message} null when nothing usable was said. */
    public static Inbound recording(Channel channel, String sender, VoiceMessage message) {
        return new Inbound(channel, sender, InputKind.RECORDING, null, null, message);
    }

    public String sessionKey() {
        return channel.name().toLowerCase() + ":" + sender;
    }
}
