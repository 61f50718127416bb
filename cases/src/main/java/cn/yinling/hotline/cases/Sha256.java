package cn.yinling.hotline.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text's UTF-8 bytes: kept instead of secrets and personal numbers (tokens, codes,
 * typed phone numbers), and as a stable short name for a text. Public: the channels use it too.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The digest as 64 lowercase hex characters. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }
}
