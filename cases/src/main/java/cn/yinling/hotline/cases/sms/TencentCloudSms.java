package cn.yinling.hotline.cases.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tencent Cloud SMS, API 3.0 action {@code SendSms} (version 2021-01-11): one signed HTTPS POST of a
 * JSON body per message, with the JDK's HTTP client (the official SDK would bring OkHttp, Gson and
 * its own logging for one request). The answer carries either {@code Response.Error} (the request
 * was refused: signature, parameters, throttling) or one {@code SendStatus} per number, whose
 * {@code Code} is "Ok" when the message was accepted and {@code SerialNo} its id.
 */
final class TencentCloudSms implements SmsGateway {

    static final String SERVICE = "sms";
    static final String ACTION = "SendSms";
    static final String VERSION = "2021-01-11";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final SmsProperties.Tencent settings;
    private final String signName;
    private final Map<String, String> templates;
    private final HttpClient http;
    private final Clock clock;

    TencentCloudSms(SmsProperties properties, Clock clock) {
        this.settings = properties.tencent();
        this.signName = properties.signName();
        this.templates = properties.templates();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String send(OutgoingSms message) throws SmsRefusedException {
        String templateId = templates.get(message.template());
        if (templateId == null || templateId.isBlank()) {
            throw new SmsRefusedException("NO_TEMPLATE", "hotline.sms.templates." + message.template()
                    + " is not configured (the provider's approved template id)", false);
        }
        String body = body(message, templateId);
        HttpResponse<String> response;
        try {
            response = http.send(request(body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsRefusedException("NETWORK", e.getClass().getSimpleName() + " " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsRefusedException("INTERRUPTED", "stopped while sending", true);
        }
        return answer(response.statusCode(), response.body());
    }

    private String body(OutgoingSms message, String templateId) {
        ObjectNode b = JSON.createObjectNode();
        b.putArray("PhoneNumberSet").add("+86" + message.phone());
        b.put("SmsSdkAppId", settings.sdkAppId());
        b.put("SignName", signName);
        b.put("TemplateId", templateId);
        message.params().forEach(b.putArray("TemplateParamSet")::add);
        return JSON.writeValueAsString(b);
    }

    private HttpRequest request(String body) {
        URI endpoint = settings.endpoint();
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("Content-Type", CONTENT_TYPE);
        signed.put("Host", host(endpoint));
        signed.put("X-TC-Action", ACTION);
        String authorization = Tc3Signer.authorization(settings.secretId(), settings.secretKey(), SERVICE, signed, body,
                timestamp);
        // Host is set by the client from the URI, as host(endpoint) spells it.
        return HttpRequest.newBuilder(endpoint.resolve("/")).timeout(settings.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Region", settings.region())
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** The Host header as the JDK's client sends it: the port only when it is not the scheme's default. */
    static String host(URI endpoint) {
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || port == ("https".equals(endpoint.getScheme()) ? 443 : 80);
        return defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
    }

    private String answer(int status, String text) throws SmsRefusedException {
        JsonNode response;
        try {
            response = JSON.readTree(text).path("Response");
        } catch (JacksonException e) {
            throw new SmsRefusedException("HTTP_" + status, "no JSON answer", status >= 500 || status == 429);
        }
        JsonNode error = response.path("Error");
        if (!error.isMissingNode()) {
            refuse(error.path("Code").asString(""), error.path("Message").asString(""));
        }
        JsonNode sent = response.path("SendStatusSet").path(0);
        if (sent.isMissingNode()) {
            throw new SmsRefusedException("HTTP_" + status, "no SendStatusSet in the answer (RequestId "
                    + response.path("RequestId").asString("?") + ")", status >= 500);
        }
        String code = sent.path("Code").asString("");
        if (!"Ok".equalsIgnoreCase(code)) {
            refuse(code, sent.path("Message").asString(""));
        }
        String serial = sent.path("SerialNo").asString("");
        return serial.isEmpty() ? "request:" + response.path("RequestId").asString(UUID.randomUUID().toString()) : serial;
    }

    private void refuse(String code, String message) throws SmsRefusedException {
        throw new SmsRefusedException(code.isEmpty() ? "UNKNOWN" : code, message, settings.retryable(code));
    }

    /** The template keys this provider has an id for. */
    List<String> mappedTemplates() {
        return List.copyOf(templates.keySet());
    }
}
