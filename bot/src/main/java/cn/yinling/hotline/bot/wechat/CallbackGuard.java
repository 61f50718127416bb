package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.cases.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.springframework.http.HttpStatus;

/**
 * The checks every callback passes before its body is parsed: the URL signature (SHA-1 of the
 * sorted token, timestamp and nonce), a timestamp inside the window, the signature not used before
 * for another body, and no DTD in the XML; and once parsed, a sender that is an openid.
 */
final class CallbackGuard {

    private static final Pattern DTD = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    /**
     * WeChat's openids are 28 characters of letters, digits, - and _. Up to 64 are taken, the width
     * of the columns that keep an openid (family_contact, binding_request, binding_guard); a longer
     * or stranger sender broke the turn at whichever insert met it first.
     */
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int SHOWN_OF_A_BAD_SENDER = 64;

    private final String token;
    private final Duration window;
    private final Clock clock;
    private final MessageDedup seen;

    /** {@code seen} must remember keys for at least twice {@code window}: a signature is good that long. */
    CallbackGuard(String token, Duration window, Clock clock, MessageDedup seen) {
        this.token = token;
        this.window = window;
        this.clock = clock;
        this.seen = seen;
    }

    /** The query signature WeChat sends with every callback, verification included. */
    void checkSignature(String signature, String timestamp, String nonce) {
        if (isBlank(signature) || isBlank(timestamp) || isBlank(nonce)) {
            throw new Refused(HttpStatus.FORBIDDEN, "missing signature, timestamp or nonce");
        }
        checkTimestamp(timestamp);
        if (!sameText(SHA1.gen(token, timestamp, nonce), signature)) {
            throw new Refused(HttpStatus.FORBIDDEN, "signature does not match");
        }
    }

    /**
     * In plaintext mode the signature does not cover the body, so a captured signature could carry
     * any message for the length of the window. A signature is therefore good for one body: the
     * same request again is WeChat's own retry (de-duplicated later by its MsgId), a new body under
     * a signature already used is a replay. Remembered through the de-duplication store, so across
     * nodes too.
     */
    void checkNotReplayed(String signature, String timestamp, String nonce, String body) {
        String used = "signature:" + timestamp + ":" + nonce + ":" + signature;
        boolean newBody = seen.firstTime(used + ":" + Sha256.hex(body));
        boolean newSignature = seen.firstTime(used);
        if (newBody && !newSignature) {
            throw new Refused(HttpStatus.FORBIDDEN, "signature already used for another message");
        }
    }


    /** Bodies with a document type or entity declarations are refused unparsed (XXE, "billion laughs"). */
    void checkNoDtd(String xml) {
        if (DTD.matcher(xml).find()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "XML with a DOCTYPE or ENTITY declaration");
        }
    }

    /** The message's FromUserName: refused (400) unless it is an openid, before any dialog or database sees it. */
    void checkSender(String openid) {
        if (openid == null || !OPENID.matcher(openid).matches()) {
            String shown = openid == null ? "none" : "[" + (openid.length() <= SHOWN_OF_A_BAD_SENDER ? openid
                    : openid.substring(0, SHOWN_OF_A_BAD_SENDER) + "…") + "], " + openid.length() + " characters";
            throw new Refused(HttpStatus.BAD_REQUEST, "sender is not an openid (" + shown + ")");
        }
    }

    static boolean sameText(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private void checkTimestamp(String timestamp) {
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (RuntimeException e) {
            throw new Refused(HttpStatus.FORBIDDEN, "timestamp is not a time");
        }
        Duration skew = Duration.between(sent, clock.instant()).abs();
        if (skew.compareTo(window) > 0) {
            throw new Refused(HttpStatus.FORBIDDEN, "timestamp outside the window (" + skew.toSeconds() + " s off)");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
