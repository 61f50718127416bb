package cn.yinling.hotline.bot.chat;

import cn.yinling.hotline.cases.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The web chat's credential: an unguessable token the server hands out when a chat starts (192
 * random bits). The dialog and the case database know the chat only by a digest of it, so neither
 * a stored conversation nor an agent's screen shows anything that would let someone speak in it.
 */
final class ChatTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private ChatTokens() {
    }

    static String issue() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    /** The chat's name towards the dialog engine: {@code c-} and 120 bits of the token's SHA-256. */
    static String senderOf(String token) {
        return "c-" + URL_SAFE.encodeToString(Sha256.of(token)).substring(0, 20);
    }
}
