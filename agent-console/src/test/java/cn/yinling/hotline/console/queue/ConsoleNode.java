package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import redis.clients.jedis.RedisClient;

/**
 * One application node of a test cluster: the console test application on a random port, on a
 * shared PostgreSQL database and Redis, and a signed-in browser stand-in that reads its event stream.
 */
final class ConsoleNode implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private ConsoleNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Started one after the other: the first node migrates the shared schema. Arguments, so they beat the test application.yml. */
    static ConsoleNode start(RealPostgres.Database db, URI redis) {
        return start(db, redis, new String[0]);
    }

    /** With more arguments, e.g. a relay channel of the test's own on the shared Redis. */
    static ConsoleNode start(RealPostgres.Database db, URI redis, String... more) {
        String[] args = Stream.concat(Stream.of("--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(),
                        "--hotline.redis.url=" + redis), Stream.of(more)).toArray(String[]::new);
        return new ConsoleNode(new SpringApplicationBuilder(ConsoleTestApplication.class, SharedRedis.class).run(args));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Publishes an application event on this node, as another module of the application would. */
    void publish(Object event) {
        context.publishEvent(event);
    }

    TestAgents agents() {
        return bean(TestAgents.class);
    }

    /** Signs in through the login form (with its CSRF token) and keeps the session cookie. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + r.statusCode() + " " + location);
        }
    }

    /** Opens the queue's event stream and collects its {@code data:} lines until the node stops. */
    void listenToQueue() throws IOException, InterruptedException {
        HttpResponse<Stream<String>> r = http.send(get("/api/console/queue/stream"), HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Event stream refused: " + r.statusCode());
        }
        Thread reader = new Thread(() -> r.body().filter(l -> l.startsWith("data:"))
                .forEach(l -> events.add(l.substring("data:".length()))), "sse-reader-" + port());
        reader.setDaemon(true);
        reader.start();
        awaitEvent("connected", Duration.ofSeconds(5));
    }

    /** Waits for an event whose data is exactly {@code data}; false when none came in time. */
    boolean awaitEvent(String data, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String e = events.poll(left, TimeUnit.NANOSECONDS);
            if (data.equals(e)) {
                return true;
            }
        }
        return false;
    }

    String queueJson() throws IOException, InterruptedException {
        return json("/api/console/queue");
    }

    /** What a JSON endpoint of the console answers the signed-in agent. */
    String json(String path) throws IOException, InterruptedException {
        return http.send(get(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The Redis client the application module creates from {@code hotline.redis.url} (not on this
     * module's classpath). Deliberately not a {@code @Configuration}, so other tests' component scans
     * do not pick it up.
     */
    static class SharedRedis {

        @Bean(destroyMethod = "close")
        RedisClient redisClient(@Value("${hotline.redis.url}") String url) {
            return RedisClient.create(url);
        }
    }
}
