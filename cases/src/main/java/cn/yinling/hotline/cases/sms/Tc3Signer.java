package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent Cloud API 3.0's request signature, TC3-HMAC-SHA256, as its documentation ("签名方法 v3")
 * specifies: a canonical request (method, path, query, the signed headers lower-cased and sorted,
 * the SHA-256 of the body), a string to sign (algorithm, timestamp, credential scope date/service/
 * tc3_request, hash of the canonical request), and an HMAC-SHA256 chain from "TC3" + SecretKey over
 * the UTC date, the service and "tc3_request". POST with a JSON body and an empty query only.
 */
final class Tc3Signer {

    static final String ALGORITHM = "TC3-HMAC-SHA256";

    private Tc3Signer() {
    }

    /**
     * The {@code Authorization} header of a POST to "/" whose {@code headers} (name → value, the ones to
     * sign: at least Content-Type and Host) and body are as given.
     */
    static String authorization(String secretId, String secretKey, String service, Map<String, String> headers,
            String payload, long timestamp) {
        String date = date(timestamp);
        String canonical = canonicalRequest(headers, payload);
        String toSign = stringToSign(timestamp, service, canonical);
        String signature = hex(hmac(signingKey(secretKey, date, service), toSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope(date, service) + ", SignedHeaders="
                + signedHeaders(headers) + ", Signature=" + signature;
    }

    static String canonicalRequest(Map<String, String> headers, String payload) {
        Map<String, String> sorted = lowerSorted(headers);
        String canonicalHeaders = sorted.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n")
                .collect(Collectors.joining());
        return "POST\n/\n\n" + canonicalHeaders + "\n" + String.join(";", sorted.keySet()) + "\n" + Sha256.hex(payload);
    }

    static String stringToSign(long timestamp, String service, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + scope(date(timestamp), service) + "\n" + Sha256.hex(canonicalRequest);
    }

    static byte[] signingKey(String secretKey, String date, String service) {
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        return hmac(secretService, "tc3_request");
    }

    static String signature(byte[] signingKey, String stringToSign) {
        return hex(hmac(signingKey, stringToSign));
    }

    static String signedHeaders(Map<String, String> headers) {
        return String.join(";", lowerSorted(headers).keySet());
    }

    /** The UTC date of the timestamp, as the credential scope has it (2019-02-25). */
    static String date(long timestamp) {
        return Instant.ofEpochSecond(timestamp).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String scope(String date, String service) {
        return date + "/" + service + "/tc3_request";
    }

    /** Names and values lower-cased and trimmed, names sorted: the documented canonical form. */
    private static Map<String, String> lowerSorted(Map<String, String> headers) {
        return headers.entrySet().stream().sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT),
                        e -> e.getValue().strip().toLowerCase(Locale.ROOT), (a, b) -> b, LinkedHashMap::new));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
