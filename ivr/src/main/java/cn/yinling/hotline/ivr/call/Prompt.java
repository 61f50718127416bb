package cn.yinling.hotline.ivr.call;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One thing the hotline says, with a stable id derived from its words: the same text always has
 * the same id, so a rendering script can turn every text the engine says into
 * {@code <sound dir>/<id>.wav} and recorded voice files can replace any of them.
 */
public record Prompt(String id, String text) {

    private static final int ID_HEX_CHARS = 16;

    public static Prompt of(String text) {
        return new Prompt("yl-" + digest(text), text);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
