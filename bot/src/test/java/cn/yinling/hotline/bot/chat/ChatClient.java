package cn.yinling.hotline.bot.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web widget's side of the chat API over real HTTP, for tests: start a chat, say things in it, poll. */
final class ChatClient {

    private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\":\"([A-Za-z0-9_-]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ChatClient(int port) {
        this.port = port;
    }

    /** Starts a chat and returns its token. */
    String start() throws Exception {
        HttpResponse<String> r = post("{\"event\":\"start\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("start refused: " + r.statusCode() + " " + r.body());
        }
        return tokenOf(r.body());
    }

    HttpResponse<String> say(String token, String text) throws Exception {
        return post("{\"sessionId\":\"" + token + "\",\"text\":\"" + text + "\"}");
    }

    HttpResponse<String> post(String json) throws Exception {
        return post(json, null);
    }

    /** Posts as if from {@code forwardedFor} when the server trusts a proxy's X-Forwarded-For; plain otherwise. */
    HttpResponse<String> post(String json, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> messages(String token, long after) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/messages?after=" + after))
                .GET();
        if (token != null) {
            b.header("X-Chat-Session", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String tokenOf(String body) {
        Matcher m = SESSION_ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no sessionId in " + body);
        }
        return m.group(1);
    }

    /** The name the dialog and the case database know the chat by. */
    static String senderOf(String token) {
        return ChatTokens.senderOf(token);
    }
}
