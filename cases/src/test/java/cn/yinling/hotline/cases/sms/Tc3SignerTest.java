package cn.yinling.hotline.cases.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.sms.standin.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The signer against the worked examples of Tencent Cloud's "签名方法 v3" documentation (CVM
 * DescribeInstances, 2019-02-25): every intermediate value and the signature are the
 * documentation's, so a signer that drifts from it fails here, and so does the stand-in's check.
 */
class Tc3SignerTest {

    /** The documented body: the \\u escapes are literal bytes of the body, not decoded characters. */
    static final String PAYLOAD = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    static final long TIMESTAMP = 1551113065L;
    static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    /** As the documentation prints it (masked); its first worked example was signed with exactly this text. */
    static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3*******";

    @Nested
    class FirstExampleSigningContentTypeAndHost {

        Map<String, String> headers = headers(false);

        @Test
        void hashesThePayloadAsDocumented() {
            assertThat(cn.yinling.hotline.cases.Sha256.hex(PAYLOAD))
                    .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        }

        @Test
        void buildsTheDocumentedCanonicalRequestAndStringToSign() {
            String canonical = Tc3Signer.canonicalRequest(headers, PAYLOAD);
            assertThat(canonical).isEqualTo("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                    + "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                    + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
            assertThat(Tc3Signer.stringToSign(TIMESTAMP, "cvm", canonical)).isEqualTo("TC3-HMAC-SHA256\n1551113065\n"
                    + "2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        }

        @Test
        void producesTheDocumentedAuthorization() {
            assertThat(Tc3Signer.authorization(SECRET_ID, SECRET_KEY, "cvm", headers, PAYLOAD, TIMESTAMP))
                    .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                            + "SignedHeaders=content-type;host, "
                            + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
        }

        @Test
        void theStandInAcceptsTheDocumentedRequestAndNothingElse() {
            String authorization = Tc3Signer.authorization(SECRET_ID, SECRET_KEY, "cvm", headers, PAYLOAD, TIMESTAMP);
            Map<String, String> received = received(authorization);
            assertThat(check(received, PAYLOAD, SECRET_KEY)).isEmpty();
            assertThat(check(received, PAYLOAD.replace("1", "2"), SECRET_KEY)).contains("AuthFailure.SignatureFailure");
            assertThat(check(received, PAYLOAD, SECRET_KEY + "x")).contains("AuthFailure.SignatureFailure");
            received.put("host", "sms.tencentcloudapi.com");
            assertThat(check(received, PAYLOAD, SECRET_KEY)).contains("AuthFailure.SignatureFailure");
        }
    }

    @Nested
    class SecondExampleSigningTheActionToo {

        @Test
        void buildsTheDocumentedCanonicalRequestHash() {
            String canonical = Tc3Signer.canonicalRequest(headers(true), PAYLOAD);
            assertThat(canonical).contains("x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n");
            assertThat(cn.yinling.hotline.cases.Sha256.hex(canonical))
                    .isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
        }

        @Test
        void signsWithTheDocumentedDerivedKeyToTheDocumentedSignature() {
            String toSign = Tc3Signer.stringToSign(TIMESTAMP, "cvm", Tc3Signer.canonicalRequest(headers(true), PAYLOAD));
            byte[] secretSigning = HexFormat.of().parseHex("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
            assertThat(Tc3Signer.signature(secretSigning, toSign))
                    .isEqualTo("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
        }
    }

    @Test
    void theCredentialDateIsTheUtcDateOfTheTimestamp() {
        assertThat(Tc3Signer.date(TIMESTAMP)).isEqualTo("2019-02-25"); // 2019-02-26 00:44:25 in Beijing
    }

    static Map<String, String> headers(boolean withAction) {
        Map<String, String> h = new LinkedHashMap<>();
        if (withAction) {
            h.put("X-TC-Action", "DescribeInstances");
        }
        h.put("Host", "cvm.tencentcloudapi.com");
        h.put("Content-Type", "application/json; charset=utf-8");
        return h;
    }

    private static Map<String, String> received(String authorization) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("content-type", "application/json; charset=utf-8");
        h.put("host", "cvm.tencentcloudapi.com");
        h.put("x-tc-timestamp", Long.toString(TIMESTAMP));
        h.put("authorization", authorization);
        return h;
    }

    private static java.util.Optional<String> check(Map<String, String> headers, String body, String key) {
        return SignatureCheck.problem("POST", "/", "", headers::get, body.getBytes(StandardCharsets.UTF_8),
                Map.of(SECRET_ID, key), "cvm", Instant.ofEpochSecond(TIMESTAMP + 10));
    }
}
