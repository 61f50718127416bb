package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing the hotline confirmed is lost when its process is killed: the hotline runs as a separate
 * process on the embedded H2 (the default profile, demo street), chats book visits and file
 * complaints in a stream, the process is killed with SIGKILL in the middle of it, restarted on the
 * same files, and every booking and complaint number a caller was told is found, and never handed
 * out again.
 */
class CrashDurabilityTest {

    private static final Pattern BOOKING_NO = Pattern.compile("预约号(\\d+)");
    private static final Pattern COMPLAINT_NO = Pattern.compile("投诉，编号(\\d+)");
    private static final int ACKS_BEFORE_KILL = 12;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private Process hotline;
    /** Why a caller stopped before the kill, if it did: the kill itself breaks connections. */
    private final List<String> stopped = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        if (hotline != null && hotline.isAlive()) {
            hotline.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedBookingAndComplaintSurvivesAKill() throws Exception {
        int port = freePort();
        hotline = start(port, "first");
        awaitHealthy(port);

        Set<Long> bookings = new ConcurrentSkipListSet<>();
        Set<Long> complaints = new ConcurrentSkipListSet<>();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
        List<Thread> callers = new ArrayList<>();
        // Paying elder: bookings are limited only by workers' time. The others complain.
        callers.add(started(() -> book(port, "13800000005", "4194", bookings, enough, killed)));
        callers.add(started(() -> complain(port, "13800000001", "4151", complaints, enough, killed)));
        callers.add(started(() -> complain(port, "13800000004", "4183", complaints, enough, killed)));

        assertThat(enough.await(3, TimeUnit.MINUTES)).as("acknowledgements before the kill; callers: %s; log: %s", stopped, log("first")).isTrue();
        hotline.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
        killed.set(true);
        hotline.waitFor(30, TimeUnit.SECONDS);
        for (Thread t : callers) {
            t.join(30_000);
        }
        System.out.printf("Killed after %d bookings and %d complaints were acknowledged%n", bookings.size(), complaints.size());
        assertThat(bookings).as("bookings confirmed before the kill").isNotEmpty();
        assertThat(complaints).as("complaints acknowledged before the kill").isNotEmpty();

        hotline = start(port, "second");
        awaitHealthy(port);
        long newComplaint = new Chat(port).identify("13800000001", "4151").complaint();
        long newBooking = new Chat(port).identify("13800000005", "4194").booking(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(90)); // the last bookable day, far past the days booked before the kill
        assertThat(newComplaint).as("a complaint number is never handed out twice").isGreaterThan(max(complaints));
        assertThat(newBooking).as("a booking number is never handed out twice").isGreaterThan(max(bookings));
        hotline.destroy();
        hotline.waitFor(60, TimeUnit.SECONDS);

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/hotline"), "sa", "")) {
            assertThat(existing(db, "select id from booking where id = ? and status in ('CONFIRMED', 'DISPATCHED')", bookings))
                    .as("confirmed bookings after the crash").containsExactlyInAnyOrderElementsOf(bookings);
            assertThat(existing(db, "select id from care_case where id = ? and type = 'COMPLAINT'", complaints))
                    .as("acknowledged complaints after the crash").containsExactlyInAnyOrderElementsOf(complaints);
        }
    }

    /** Books visits on one day after another until the process is killed. */
    private void book(int port, String phone, String idDigits, Set<Long> acked, CountDownLatch enough, AtomicBoolean killed) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        try {
            Chat chat = new Chat(port).identify(phone, idDigits);
            for (int i = 0; !killed.get() && i < 200; i++) {
                long booked = chat.booking(day.plusDays(i));
                if (booked > 0) {
                    acked.add(booked);
                    enough.countDown();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the connection broke when the process was killed: that answer was never given
            stopped.add(phone + ": " + e);
        }
    }

    private void complain(int port, String phone, String idDigits, Set<Long> acked, CountDownLatch enough,
            AtomicBoolean killed) {
        try {
            Chat chat = new Chat(port).identify(phone, idDigits);
            for (int i = 0; !killed.get() && i < 500; i++) {
                acked.add(chat.complaint());
                enough.countDown();
            }
        } catch (IOException | RuntimeException e) {
            stopped.add(phone + ": " + e); // as above
        }
    }

    /** One web chat over the JSON chat API. */
    private static final class Chat {

        private final int port;
        private String session;

        Chat(int port) {
            this.port = port;
        }

        Chat identify(String phone, String idDigits) throws IOException {
            session = say(Map.of("event", "start")).path("sessionId").asString();
            text("查一下补贴余额");
            text(phone);
            String r = text(idDigits).path("text").asString();
            if (!r.contains("核对好了")) {
                throw new IllegalStateException("not identified: " + r);
            }
            return this;
        }

        /** Books a cleaning on the day, or at the first free time offered instead; 0 when the day is full. */
        long booking(LocalDate day) throws IOException {
            JsonNode r = text("预约" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日上午的打扫卫生");
            if (!r.path("text").asString().contains("确认吗") && r.path("options").size() > 1) {
                r = text("1");
            }
            if (!r.path("text").asString().contains("确认吗")) {
                return 0;
            }
            return number(BOOKING_NO, text("1").path("text").asString());
        }

        /** Files a complaint, answering each question with its last option (other / not these visits / not serious). */
        long complaint() throws IOException {
            JsonNode r = text("我要投诉");
            for (int i = 0; i < 4 && !COMPLAINT_NO.matcher(r.path("text").asString()).find(); i++) {
                JsonNode options = r.path("options");
                if (options.isEmpty()) {
                    break;
                }
                r = text(options.get(options.size() - 1).path("key").asString());
            }
            return number(COMPLAINT_NO, r.path("text").asString());
        }

        private JsonNode text(String text) throws IOException {
            return say(Map.of("sessionId", session, "text", text));
        }

        private JsonNode say(Map<String, String> body) throws IOException {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
                }
                return JSON.readTree(r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        private static long number(Pattern p, String text) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("no number in: " + text);
            }
            return Long.parseLong(m.group(1));
        }
    }

    private Process start(int port, String name) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // The application's own classes and dependencies, without the test overrides.
        String appClasspath = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("-tests.jar"))
                .toList());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", appClasspath, HotlineApplication.class.getName(),
                "--server.port=" + port, "--hotline.ivr.port=0", "--logging.level.root=WARN",
                // The demo street before serving: the test calls as its elders as soon as the process is ready.
                "--hotline.cases.catch-up-in-background=false")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
    }

    private void awaitHealthy(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(hotline.isAlive()).as("hotline process; log: %s", log("first") + log("second")).isTrue();
            try {
                if (Http.get(port, "/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy in 3 minutes: " + log("first") + log("second"));
    }

    private String log(String name) {
        try {
            Path f = dir.resolve(name + ".log");
            if (!Files.exists(f)) {
                return "";
            }
            List<String> lines = Files.readAllLines(f);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Long> existing(Connection db, String sql, Set<Long> ids) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        found.add(r.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    private static Thread started(Runnable caller) {
        Thread t = new Thread(caller);
        t.start();
        return t;
    }

    private static long max(Set<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
