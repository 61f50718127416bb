package cn.yinling.hotline.cases.sms.standin;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider's side of TC3-HMAC-SHA256: checks a received request's {@code Authorization} header
 * against the documented algorithm, written here on its own (not the hotline's signer), so a signer
 * that drifts from the documentation fails against the stand-in. Answers the provider's error code
 * for what is wrong, or nothing when the request is signed correctly.
 */
public final class SignatureCheck {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([a-z]+)/tc3_request, "
                    + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    /** The documentation's limit on the gap between the request's timestamp and the server's clock. */
    private static final long MOST_SECONDS_APART = 300;

    private SignatureCheck() {
    }

    /**
     * @param header     a received header's value by its lower-case name
     * @param secretKeys the SecretKey of each SecretId the stand-in knows
     */
    public static Optional<String> problem(String method, String path, String query, Function<String, String> header,
            byte[] body, Map<String, String> secretKeys, String service, Instant now) {
        String authorization = header.apply("authorization");
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches()) {
            return Optional.of("AuthFailure.InvalidAuthorization");
        }
        String secretKey = secretKeys.get(m.group(1));
        if (secretKey == null) {
            return Optional.of("AuthFailure.SecretIdNotFound");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(String.valueOf(header.apply("x-tc-timestamp")));
        } catch (NumberFormatException e) {
            return Optional.of("MissingParameter");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > MOST_SECONDS_APART) {
            return Optional.of("AuthFailure.SignatureExpire");
        }
        String date = Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
        List<String> signed = List.of(m.group(4).split(";"));
        if (!m.group(2).equals(date) || !m.group(3).equals(service) || !signed.contains("content-type")
                || !signed.contains("host") || !signed.equals(signed.stream().sorted().toList())) {
            return Optional.of("AuthFailure.SignatureFailure");
        }
        StringBuilder canonical = new StringBuilder().append(method).append('\n').append(path).append('\n')
                .append(query).append('\n');
        for (String name : signed) {
            String value = header.apply(name);
            if (value == null) {
                return Optional.of("AuthFailure.SignatureFailure");
            }
            canonical.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        canonical.append('\n').append(m.group(4)).append('\n').append(hex(digest(body)));
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n"
                + hex(digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = ("TC3" + secretKey).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] {date, service, "tc3_request"}) {
            key = mac(key, part);
        }
        byte[] expected = mac(key, stringToSign);
        boolean same = MessageDigest.isEqual(expected, HexFormat.of().parseHex(m.group(5)));
        return same ? Optional.empty() : Optional.of("AuthFailure.SignatureFailure");
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
