package cn.yinling.hotline.bot.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the two WeChat API endpoints the hotline calls, with WeChat's JSON contract:
 * {@code GET /cgi-bin/token} (app id and secret → access_token, expires_in) and
 * {@code POST /cgi-bin/message/custom/send?access_token=…} ({@code errcode} 0, 40001 for an unknown
 * or revoked token, or an errcode set for a recipient). Used by {@code wechat-say} and the tests.
 */
final class LocalWechatApi implements AutoCloseable {

    /** One customer-service text message as received. */
    record Sent(String openid, String text) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String appId;
    private final String secret;
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failingRecipients = new ConcurrentHashMap<>();
    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    private LocalWechatApi(HttpServer server, String appId, String secret) {
        this.server = server;
        this.appId = appId;
        this.secret = secret;
    }

    static LocalWechatApi start(int port, String appId, String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        LocalWechatApi api = new LocalWechatApi(server, appId, secret);
        server.createContext("/cgi-bin/token", api::token);
        server.createContext("/cgi-bin/message/custom/send", api::customSend);
        server.start();
        return api;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    /** Every token handed out so far becomes invalid (WeChat answers 40001 to it). */
    void revokeTokens() {
        validTokens.clear();
    }

    /** Messages to this openid fail with the given errcode (45015: the user has not written for 48 hours). */
    void failFor(String openid, int errcode) {
        failingRecipients.put(openid, errcode);
    }

    /** Messages to this openid are delivered again (the family member wrote, reopening the window). */
    void deliverTo(String openid) {
        failingRecipients.remove(openid);
    }

    /** The next message sent, waiting at most the given time; null if none came. */
    Sent next(long timeout, TimeUnit unit) throws InterruptedException {
        return sent.poll(timeout, unit);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getRawQuery();
        if (query == null || !query.contains("appid=" + appId) || !query.contains("secret=" + secret)) {
            answer(x, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
            return;
        }
        String token = "local-token-" + tokensIssued.incrementAndGet();
        validTokens.add(token);
        answer(x, "{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
    }

    private void customSend(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getRawQuery();
        String token = query == null ? "" : query.replaceFirst(".*access_token=([^&]*).*", "$1");
        JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
        String openid = body.path("touser").asString();
        if (!validTokens.contains(token)) {
            answer(x, "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}");
        } else if (failingRecipients.containsKey(openid)) {
            answer(x, "{\"errcode\":" + failingRecipients.get(openid) + ",\"errmsg\":\"response out of time limit\"}");
        } else {
            sent.add(new Sent(openid, body.path("text").path("content").asString()));
            answer(x, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        }
    }

    private static void answer(HttpExchange x, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(200, bytes.length);
        try (var out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
