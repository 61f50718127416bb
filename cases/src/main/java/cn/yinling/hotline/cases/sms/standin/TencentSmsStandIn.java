package cn.yinling.hotline.cases.sms.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for Tencent Cloud SMS's endpoint (API 3.0, {@code SendSms} 2021-01-11), for
 * tests and manual tries ({@code java -jar hotline.jar sms-standin}): it checks every request's
 * signature with its own implementation of the documented algorithm ({@link SignatureCheck}), its
 * headers and its body, and answers as the provider does: {@code Response.Error} for a refused
 * request, else one {@code SendStatus} per number. Answers per number can be scripted: success,
 * throttling (trying again helps) or a bad template or number (it does not).
 */
public final class TencentSmsStandIn implements AutoCloseable {

    /** What the stand-in answers for one message. */
    public enum Answer {
        OK("Ok", "send success"),
        THROTTLED("LimitExceeded.PhoneNumberThirtySecondLimit", "单个手机号30秒内下发短信条数超过设定的上限"),
        BAD_TEMPLATE("FailedOperation.TemplateIncorrectOrUnapproved", "模板未审批或内容不匹配"),
        BAD_PHONE("InvalidParameterValue.IncorrectPhoneNumber", "手机号格式错误");

        final String code;
        final String message;

        Answer(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }

    /**
     * One request as received: {@code error} is the refusal ({@code AuthFailure.SignatureFailure}, …)
     * or null when it was signed and formed correctly; then {@code answer} is what it was told.
     */
    public record Received(String phone, String templateId, List<String> params, String signName, String sdkAppId,
            String error, Answer answer) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, String> secretKeys;
    private final String sdkAppId;
    private final Clock clock;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final AtomicLong serials = new AtomicLong();
    private volatile Consumer<Received> listener = r -> { };

    /** Listens on loopback, {@code port} 0 for any free one; knows one key pair and one SMS application. */
    public TencentSmsStandIn(int port, String secretId, String secretKey, String sdkAppId, Clock clock) throws IOException {
        this.secretKeys = Map.of(secretId, secretKey);
        this.sdkAppId = sdkAppId;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The answers for the next messages to {@code phone} (11 digits), in order; then OK again. */
    public void script(String phone, Answer... answers) {
        scripted.computeIfAbsent(phone, p -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Called with every request, after it was answered (the command prints them). */
    public void onReceived(Consumer<Received> listener) {
        this.listener = listener;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String requestId = UUID.randomUUID().toString();
            Optional<String> refused = refusal(exchange, body);
            JsonNode request = parsed(body);
            if (request.isMissingNode()) {
                refused = Optional.of("FailedOperation.JsonParseFail");
            } else if (refused.isEmpty()) {
                refused = missing(request);
            }
            String phone = request.path("PhoneNumberSet").path(0).asString("").replaceFirst("^\\+86", "");
            List<String> params = new ArrayList<>();
            request.path("TemplateParamSet").forEach(p -> params.add(p.asString("")));
            ObjectNode response = JSON.createObjectNode();
            ObjectNode inner = response.putObject("Response");
            Answer answer = null;
            if (refused.isPresent()) {
                inner.putObject("Error").put("Code", refused.get()).put("Message", "stand-in refused the request");
            } else {
                answer = next(phone);
                ObjectNode status = inner.putArray("SendStatusSet").addObject();
                status.put("SerialNo", answer == Answer.OK ? "standin-" + serials.incrementAndGet() : "");
                status.put("PhoneNumber", "+86" + phone).put("Fee", answer == Answer.OK ? 1 : 0)
                        .put("SessionContext", "").put("Code", answer.code).put("Message", answer.message)
                        .put("IsoCode", "CN");
            }
            inner.put("RequestId", requestId);
            Received r = new Received(phone, request.path("TemplateId").asString(""), params,
                    request.path("SignName").asString(""), request.path("SmsSdkAppId").asString(""), refused.orElse(null),
                    answer);
            received.add(r);
            byte[] out = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
            listener.accept(r);
        }
    }

    /** What the provider refuses before reading the message: method, action, version, region, signature. */
    private Optional<String> refusal(HttpExchange exchange, byte[] body) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Optional.of("UnsupportedProtocol");
        }
        if (!"SendSms".equals(header(exchange, "x-tc-action"))) {
            return Optional.of("InvalidAction");
        }
        if (!"2021-01-11".equals(header(exchange, "x-tc-version"))) {
            return Optional.of("NoSuchVersion");
        }
        String region = header(exchange, "x-tc-region");
        if (!List.of("ap-guangzhou", "ap-beijing", "ap-nanjing").contains(region)) {
            return Optional.of("UnsupportedRegion");
        }
        String contentType = header(exchange, "content-type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Optional.of("InvalidParameter");
        }
        URI uri = exchange.getRequestURI();
        return SignatureCheck.problem("POST", uri.getRawPath(), uri.getRawQuery() == null ? "" : uri.getRawQuery(),
                name -> header(exchange, name), body, secretKeys, "sms", clock.instant());
    }

    private static JsonNode parsed(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            return JSON.missingNode();
        }
    }

    private Optional<String> missing(JsonNode request) {
        if (!sdkAppId.equals(request.path("SmsSdkAppId").asString(""))) {
            return Optional.of("UnauthorizedOperation.SmsSdkAppIdVerifyFail");
        }
        if (request.path("PhoneNumberSet").size() != 1) {
            return Optional.of("MissingParameter.EmptyPhoneNumberSet");
        }
        if (request.path("TemplateId").asString("").isBlank() || request.path("SignName").asString("").isBlank()) {
            return Optional.of("MissingParameter");
        }
        return Optional.empty();
    }

    private Answer next(String phone) {
        Deque<Answer> answers = scripted.get(phone);
        Answer a = answers == null ? null : answers.pollFirst();
        return a == null ? Answer.OK : a;
    }

    private static String header(HttpExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }
}
