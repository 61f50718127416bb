package cn.yinling.hotline.cases.elder;

import cn.yinling.hotline.cases.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A six-digit one-time code. Only its salted hash is stored; the code itself is shown once. */
public record OneTimeCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public OneTimeCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A one-time code has six digits");
        }
    }

    public static OneTimeCode random() {
        return new OneTimeCode(String.format("%06d", RANDOM.nextInt(1_000_000)));
    }

    /** {@code salt$<SHA-256 hex of salt + code>} with a fresh random salt. */
    public String hash() {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        String s = HexFormat.of().formatHex(salt);
        return s + "$" + Sha256.hex(s + value);
    }

    /** Whether typed text (spaces and separators ignored) is the code behind {@code hash}. */
    public static boolean matches(String typed, String hash) {
        if (typed == null || hash == null || hash.indexOf('$') < 0) {
            return false;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        String salt = hash.substring(0, hash.indexOf('$'));
        return MessageDigest.isEqual(Sha256.hex(salt + digits).getBytes(StandardCharsets.US_ASCII),
                hash.substring(hash.indexOf('$') + 1).getBytes(StandardCharsets.US_ASCII));
    }


    @Override
    public String toString() {
        return "OneTimeCode[******]";
    }
}
