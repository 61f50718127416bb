package cn.yinling.hotline.cases.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed digest (HMAC-SHA-256) that recognises an ID number already on file without keeping it.
 * A plain hash would not do: ID numbers are a region, a birth date and three digits, few enough to
 * hash them all.
 */
public class IdNumberDigests {

    private static final String ALGORITHM = "HmacSHA256";
    static final int SHORTEST_KEY = 16;

    private final SecretKeySpec key;

    public IdNumberDigests(IntakeProperties properties) {
        String k = properties.idNumberKey();
        if (k == null || k.strip().length() < SHORTEST_KEY) {
            throw new IllegalStateException("hotline.intake.id-number-key (HOTLINE_ID_NUMBER_KEY on the prod profile) "
                    + "must be set to a secret of at least " + SHORTEST_KEY + " characters");
        }
        this.key = new SecretKeySpec(k.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(ResidentIdNumber number) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(number.canonical().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
