package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.VoiceMessage;
import java.util.Objects;

/**
 * One input to the engine, from any channel. {@code sender} is the caller's number (voice), the
 * openid (WeChat) or the chat session's name (web). {@code voiceMessage} is set only for
 * {@link InputKind#RECORDING}, and null there when the caller said nothing. {@code origin} is where
 * the input came from, for limits that must hold across sessions: the web client's address, else
 * the channel and sender ({@code voice:13800000001}, {@code wechat:<openid>}). {@code call} is the
 * phone call the input belongs to (Asterisk's uniqueid), null elsewhere: a call is a session of its
 * own, so nothing a caller proved on one call carries into the next call from the same number, or
 * into a second call from it at the same time; a chat's session is its sender's.
 */
public record Inbound(Channel channel, String sender, InputKind kind, String text, String digits,
        VoiceMessage voiceMessage, String origin, String call) {

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (sender == null || sender.isBlank()) {
            throw new IllegalArgumentException("An input needs a sender");
        }
        if (voiceMessage != null && kind != InputKind.RECORDING) {
            throw new IllegalArgumentException("Only a recording carries a voice message");
        }
        if (origin == null || origin.isBlank()) {
            origin = channel.name().toLowerCase() + ":" + sender;
        }
        if (call != null && call.isBlank()) {
            call = null;
        }
    }

    public Inbound(Channel channel, String sender, InputKind kind, String text, String digits,
            VoiceMessage voiceMessage, String origin) {
        this(channel, sender, kind, text, digits, voiceMessage, origin, null);
    }

    public Inbound(Channel channel, String sender, InputKind kind, String text, String digits,
            VoiceMessage voiceMessage) {
        this(channel, sender, kind, text, digits, voiceMessage, null);
    }

    public Inbound(Channel channel, String sender, InputKind kind, String text, String digits) {
        this(channel, sender, kind, text, digits, null, null);
    }

    /** The same input, known to come from {@code origin} (e.g. {@code web:203.0.113.5}). */
    public Inbound from(String origin) {
        return new Inbound(channel, sender, kind, text, digits, voiceMessage, origin, call);
    }

    /** The same input, said on the phone call {@code call} (its Asterisk uniqueid). */
    public Inbound inCall(String call) {
        return new Inbound(channel, sender, kind, text, digits, voiceMessage, origin, call);
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

    /** {@code voice:13800000001:1733568000.42} for a call, {@code wechat:<openid>} for a chat. */
    public String sessionKey() {
        String key = channel.name().toLowerCase() + ":" + sender;
        return call == null ? key : key + ":" + call;
    }
}
