package cn.yinling.hotline.console.queue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A signed-in browser stand-in on one node that reads one event stream, named event by named event. */
final class SseBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private SseBrowser(int port) {
        this.port = port;
    }

    static SseBrowser signIn(int port, String username, String password) throws IOException, InterruptedException {
        SseBrowser b = new SseBrowser(port);
        String page = b.http.send(b.get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<Void> r = b.http.send(HttpRequest.newBuilder(b.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + r.statusCode());
        }
        return b;
    }

    /** Opens the event stream at {@code path}; collects "name data" per event until the node stops. */
    SseBrowser listen(String path) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> r = http.send(get(path), HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Event stream refused: " + r.statusCode());
        }
        Thread reader = new Thread(() -> {
            String[] name = {"message"};
            r.body().forEach(l -> {
                if (l.startsWith("event:")) {
                    name[0] = l.substring("event:".length()).trim();
                } else if (l.startsWith("data:")) {
                    events.add(name[0] + " " + l.substring("data:".length()));
                } else if (l.isEmpty()) {
                    name[0] = "message";
                }
            });
        }, "sse-browser-" + port);
        reader.setDaemon(true);
        reader.start();
        if (!awaitEvent("hello connected", Duration.ofSeconds(5))) {
            throw new IllegalStateException("No hello on " + path);
        }
        return this;
    }

    /** Waits for the event "name data"; false when none came in time. */
    boolean awaitEvent(String event, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String e = events.poll(left, TimeUnit.NANOSECONDS);
            if (event.equals(e)) {
                return true;
            }
        }
        return false;
    }

    /** Waits a while and tells whether any event whose name is {@code name} came. */
    boolean heardAny(String name, Duration during) throws InterruptedException {
        long deadline = System.nanoTime() + during.toNanos();
        for (long left = during.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && e.startsWith(name + " ")) {
                return true;
            }
        }
        return false;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
