package cn.yinling.hotline.console.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser stand-in over real HTTP: keeps its cookies, follows no redirect (the tests read where
 * they lead), and sends the CSRF token of the last page it read with each form it posts, as a
 * browser does.
 */
final class ConsoleBrowser {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    ConsoleBrowser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    /** What the pages' own scripts send: JSON reads. */
    HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return get(path, "application/json");
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        remember(r.body());
        return r;
    }

    /** Posts a form with the token of the last page read (none when {@code withToken} is false). */
    HttpResponse<String> post(String path, Map<String, String> fields, boolean withToken)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (withToken && csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(r.body());
        return r;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields, true);
    }

    /** Opens the sign-in page and signs in; returns where the console sends the browser next. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        HttpResponse<String> r = post("/login", Map.of("username", username, "password", password));
        return location(r);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("(status " + r.statusCode() + ")");
    }

    private void remember(String page) {
        if (page == null) {
            return;
        }
        Matcher m = HIDDEN_CSRF.matcher(page);
        if (m.find()) {
            csrf = m.group(1);
            return;
        }
        m = META_CSRF.matcher(page);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
