package cn.yinling.hotline.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.checkin.CheckinAttempt;
import cn.yinling.hotline.cases.checkin.CheckinId;
import cn.yinling.hotline.cases.checkin.CheckinState;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.checkin.DueCheckin;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrProperties;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.call.HotlineScript;
import cn.yinling.hotline.ivr.checkin.CheckinScript;
import cn.yinling.hotline.ivr.followup.FollowUpScript;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.AgiScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The FastAGI port attacked over real TCP (issue #17), each attack shown to fail: a host outside
 * the allow-list claiming an elder's number, connections that send nothing and would pin every
 * call thread, a 150 MB line, an endless environment, and the outbound scripts called from outside
 * to file forged ratings, complaints and check-in answers. Servers of their own are the real
 * {@link FastAgiServer} with the application's scripts; the token attacks go to the application's.
 */
@SpringBootTest(classes = IvrTestApplication.class)
class FastAgiAttackTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final long MB = 1024 * 1024;

    @Autowired
    FastAgiServer server;
    @Autowired
    HotlineScript hotline;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;

    private final List<FastAgiServer> ownServers = new ArrayList<>();
    /** Scripts the servers of this test ran (the hotline script, counted). */
    private final AtomicInteger scriptsRun = new AtomicInteger();

    @BeforeEach
    void startOfTheDay() {
        clock.set(IvrTestApplication.START);
    }

    @AfterEach
    void stopOwnServers() {
        ownServers.forEach(FastAgiServer::stop);
    }

    @Test
    void listensOnLoopbackOnlyAndServesOnlyLoopbackByDefault() {
        IvrProperties defaults = IvrSettings.with();
        assertThat(defaults.allowedHosts()).containsExactly("127.0.0.0/8", "::1");
        FastAgiServer s = start(defaults, Clock.systemUTC());
        assertThat(s.boundAddress().isLoopbackAddress()).as("bound to %s", s.boundAddress()).isTrue();
    }

    @Nested
    class AHostNotAllowed {

        @Test
        void claimingAnEldersNumberIsClosedBeforeAnyScriptOrThread() throws IOException {
            // Documentation ranges (RFC 5737): configured only, never contacted; 127.0.0.1 is not in them.
            FastAgiServer s = serve("allowed-hosts", "192.0.2.10, 198.51.100.0/24");
            CallRecord call = dial(s, elderPhone(), press("2"));

            assertThat(call.closedByServer()).isTrue();
            assertThat(call.transcript()).as("not one command sent").noneMatch(l -> l.startsWith(">>> "));
            assertThat(call.prompts()).isEmpty();
            assertThat(scriptsRun).hasValue(0);
            assertThat(s.callThreads()).as("no call thread spent on it").isZero();
        }

        @Test
        void isLoggedOncePerSourceAndMinuteNotOncePerConnection() throws IOException {
            TestClock own = new TestClock(IvrTestApplication.START);
            FastAgiServer s = start(IvrSettings.with("allowed-hosts", "192.0.2.10"), own);
            try (LoggedWarnings warnings = LoggedWarnings.of(RefusedConnections.class)) {
                for (int i = 0; i < 20; i++) {
                    try (Socket attacker = connect(s)) {
                        assertThat(closedWithoutACommand(attacker)).isTrue();
                    }
                }
                assertThat(warnings.lines()).singleElement().asString().contains("127.0.0.1");

                own.advance(RefusedConnections.INTERVAL);
                try (Socket attacker = connect(s)) {
                    assertThat(closedWithoutACommand(attacker)).isTrue();
                }
                assertThat(warnings.lines()).hasSize(2).last().asString().contains("19 more");
            }
        }
    }

    @Nested
    class ConnectionsThatSendNothing {

        @Test
        void areClosedAfterTheEnvironmentTimeoutSoTheNextRealCallIsServed() throws Exception {
            FastAgiServer s = serve("pool-size", "3", "environment-timeout", "PT1S");
            long start = System.nanoTime();
            try (Socket silent = connect(s); Socket halfway = connect(s); Socket trickling = connect(s)) {
                send(halfway, "agi_network: yes\nagi_network_script: hotline\n");
                Thread trickle = trickle(trickling);

                assertThat(closedWithoutACommand(silent)).as("silent").isTrue();
                assertThat(closedWithoutACommand(halfway)).as("stopped half-way").isTrue();
                assertThat(closedWithoutACommand(trickling)).as("one line every 200 ms").isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
                trickle.join(PATIENCE.toMillis());
            }
            awaitNoActiveCalls(s);

            CallRecord call = dial(s, elderPhone(), press("2"));
            assertThat(call.prompts()).isNotEmpty();
            assertThat(call.prompts().get(0).text()).startsWith("王阿姨您好");
            assertThat(scriptsRun).as("only the real call's").hasValue(1);
        }
    }

    @Nested
    class OversizedInput {

        @Test
        void aLineOf150MegabytesIsCutOffUnreadAndTheNextCallIsServed() throws Exception {
            FastAgiServer s = serve();
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            long written = 0;
            try (Socket attacker = connect(s)) {
                OutputStream out = attacker.getOutputStream();
                out.write("agi_network: yes\nagi_network_script: hotline\nagi_callerid: ".getBytes(StandardCharsets.UTF_8));
                try {
                    while (written < 150 * MB) {
                        out.write(chunk);
                        written += chunk.length;
                    }
                } catch (IOException e) {
                    // the server closed the connection: the rest could not be sent
                }
                assertThat(written).as("bytes the server took before closing (the rest of them sat in socket buffers)")
                        .isLessThan(32 * MB);
                assertThat(closedWithoutACommand(attacker)).isTrue();
            }
            assertThat(scriptsRun).hasValue(0);

            CallRecord call = dial(s, elderPhone(), press("2"));
            assertThat(call.prompts().get(0).text()).startsWith("王阿姨您好");
        }

        @Test
        void anEndlessEnvironmentIsClosedAfterItsLineLimitBeforeAnyScript() throws IOException {
            FastAgiServer s = serve(); // 200 lines
            StringBuilder environment = new StringBuilder("agi_network: yes\nagi_network_script: hotline\n");
            for (int i = 1; i <= 100_000; i++) {
                environment.append("agi_arg_").append(i).append(": x\n");
            }
            environment.append('\n');
            try (Socket attacker = connect(s)) {
                send(attacker, environment.toString());
                assertThat(closedWithoutACommand(attacker)).isTrue();
            }
            assertThat(scriptsRun).hasValue(0);
        }

        @Test
        void anEnvironmentOverItsSizeLimitIsClosedBeforeAnyScript() throws IOException {
            FastAgiServer s = serve(); // 64KB, 8KB a line
            StringBuilder environment = new StringBuilder("agi_network: yes\nagi_network_script: hotline\n");
            for (int i = 1; i <= 10; i++) {
                environment.append("agi_arg_").append(i).append(": ").append("x".repeat(7000)).append('\n');
            }
            environment.append('\n');
            try (Socket attacker = connect(s)) {
                send(attacker, environment.toString());
                assertThat(closedWithoutACommand(attacker)).isTrue();
            }
            assertThat(scriptsRun).hasValue(0);
        }
    }

    @Nested
    class FollowUpCalledFromOutside {

        @Autowired
        Bookings bookings;
        @Autowired
        Cases cases;
        @Autowired
        OriginatedCalls originated;
        @Autowired
        IvrProperties properties;

        Elder elder;
        Booking visit;

        @BeforeEach
        void aRecordedVisit() {
            elder = elderWithVisit();
            visit = visitOf(elder);
        }

        @Test
        void withoutATokenFilesNoRatingAndNoComplaint() throws IOException {
            CallRecord call = followUp(Map.of(FollowUpScript.BOOKING_VARIABLE, visit.getId().toString()), "1");
            assertNothingHeardOrRecorded(call, visit, elder);
        }

        @Test
        void aReplayedTokenFilesNothingTheSecondTime() throws IOException {
            Map<String, String> placed = placedCall(visit);
            followUp(placed, "5");
            assertThat(bookings.recordOf(visit.getId()).orElseThrow().getRating()).as("the call placed").isEqualTo(5);

            CallRecord replay = followUp(placed, "1");
            assertThat(bookings.recordOf(visit.getId()).orElseThrow().getRating()).isEqualTo(5);
            assertThat(cases.ofElder(elder.elderId())).as("complaint").isEmpty();
            assertThat(replay.prompts()).isEmpty();
        }

        @Test
        void anotherBookingsTokenFilesNothingForEither() throws IOException {
            Elder other = elderWithVisit();
            Booking othersVisit = visitOf(other);
            Map<String, String> forged = new HashMap<>(placedCall(othersVisit));
            forged.put(FollowUpScript.BOOKING_VARIABLE, visit.getId().toString());

            CallRecord call = followUp(forged, "1");
            assertNothingHeardOrRecorded(call, visit, elder);
            assertThat(bookings.recordOf(othersVisit.getId()).orElseThrow().getRating()).isNull();
        }

        @Test
        void anExpiredTokenFilesNothing() throws IOException {
            Map<String, String> placed = placedCall(visit);
            clock.advance(properties.outboundTokenValidity().plusSeconds(1));
            assertNothingHeardOrRecorded(followUp(placed, "1"), visit, elder);
        }

        /** The variables the dialer puts on a follow-up call about {@code v}: the booking and a fresh token. */
        Map<String, String> placedCall(Booking v) {
            String booking = v.getId().toString();
            return originated.variables(FollowUpScript.NAME, booking, Map.of(FollowUpScript.BOOKING_VARIABLE, booking));
        }

        CallRecord followUp(Map<String, String> channelVariables, String key) throws IOException {
            return new AgiSimulator("127.0.0.1", server.port(), PATIENCE).call(FollowUpScript.NAME, "13500009999", null,
                    channelVariables, ScriptedCaller.of(press(key)), p -> {
                    });
        }

        void assertNothingHeardOrRecorded(CallRecord call, Booking v, Elder e) {
            assertThat(bookings.recordOf(v.getId()).orElseThrow().getRating()).as("rating").isNull();
            assertThat(cases.ofElder(e.elderId())).as("complaint").isEmpty();
            assertThat(call.prompts()).as("not even the elder's name").isEmpty();
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
        }

        Elder elderWithVisit() {
            String community = street.newCommunity();
            street.worker(community, 1);
            return street.elderWithPolicy(community, "ANQING_FREE");
        }

        Booking visitOf(Elder e) {
            Booking b = bookings.book(new BookingRequest(e.elderId(), "cleaning", LocalDateTime.of(2026, 3, 5, 10, 0), 60,
                    Channel.VOICE, "test", UUID.randomUUID().toString(), false, null));
            bookings.recordService(b.getId(), 60, true, null, "worker");
            return b;
        }
    }

    @Nested
    class CheckinCalledFromOutside {

        @Autowired
        Checkins checkins;
        @Autowired
        Cases cases;
        @Autowired
        OriginatedCalls originated;

        LocalDate day;
        Elder elder;
        Elder other;
        CheckinId attempt;
        CheckinId othersAttempt;

        @BeforeEach
        void twoEldersBeingCalledForTheirCheckins() {
            day = IvrTestApplication.START.toLocalDate().plusDays(200 + SEQ.incrementAndGet());
            clock.set(day.atTime(7, 0));
            elder = elderDueAtEight();
            other = elderDueAtEight();
            checkins.planDay(day);
            clock.set(day.atTime(8, 0));
            List<DueCheckin> due = checkins.claimDue("attack-test", 1000);
            attempt = attemptOf(due, elder);
            othersAttempt = attemptOf(due, other);
        }

        @Test
        void withoutATokenRecordsNoAnswerAndOpensNoCase() throws IOException {
            CallRecord call = checkin(Map.of(CheckinScript.ATTEMPT_VARIABLE, attempt.toString()), "2");
            assertNothingHeardOrRecorded(call, elder);
        }

        @Test
        void anotherCheckinsTokenRecordsNothingForEither() throws IOException {
            Map<String, String> forged = new HashMap<>(originated.variables(CheckinScript.NAME, othersAttempt.toString(),
                    Map.of(CheckinScript.ATTEMPT_VARIABLE, othersAttempt.toString())));
            forged.put(CheckinScript.ATTEMPT_VARIABLE, attempt.toString());

            CallRecord call = checkin(forged, "2");
            assertNothingHeardOrRecorded(call, elder);
            assertThat(states(other)).containsExactly(CheckinState.CALLING);
        }

        CheckinId attemptOf(List<DueCheckin> due, Elder e) {
            return due.stream().filter(d -> d.elderId().equals(e.elderId())).findFirst().orElseThrow().id();
        }

        CallRecord checkin(Map<String, String> channelVariables, String key) throws IOException {
            return new AgiSimulator("127.0.0.1", server.port(), PATIENCE).call(CheckinScript.NAME, "13500009999", null,
                    channelVariables, ScriptedCaller.of(press(key)), p -> {
                    });
        }

        void assertNothingHeardOrRecorded(CallRecord call, Elder e) {
            assertThat(states(e)).as("still waiting for the real call's answer").containsExactly(CheckinState.CALLING);
            assertThat(cases.ofElder(e.elderId())).as("help case").isEmpty();
            assertThat(call.prompts()).as("not even the elder's name").isEmpty();
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
        }

        List<CheckinState> states(Elder e) {
            return checkins.ofElder(e.elderId(), day).stream().map(CheckinAttempt::getState).toList();
        }

        Elder elderDueAtEight() {
            Elder e = street.elder(street.household(street.newCommunity(), Registration.URBAN), "王秀英");
            return elders.update(e.elderId(), x -> x.setCheckinTime(LocalTime.of(8, 0)));
        }
    }

    // --- servers of their own, with the application's hotline script, counted

    private FastAgiServer serve(String... settings) {
        return start(IvrSettings.with(settings), Clock.systemUTC());
    }

    private FastAgiServer start(IvrProperties properties, Clock clock) {
        AgiScript counted = (request, channel) -> {
            scriptsRun.incrementAndGet();
            hotline.service(request, channel);
        };
        FastAgiServer s = new FastAgiServer(properties, Map.of(HotlineScript.NAME, counted), clock);
        s.start();
        ownServers.add(s);
        return s;
    }

    private String elderPhone() {
        String community = street.newCommunity();
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        String phone = "1371111" + String.format("%04d", SEQ.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        return phone;
    }

    private static CallRecord dial(FastAgiServer s, String phone, CallerStep... steps) throws IOException {
        return new AgiSimulator("127.0.0.1", s.port(), PATIENCE).call(phone, ScriptedCaller.of(steps));
    }

    private static CallerStep press(String keys) {
        return new CallerStep.Keys(keys, 1.0);
    }

    private static Socket connect(FastAgiServer s) throws IOException {
        Socket socket = new Socket("127.0.0.1", s.port());
        socket.setSoTimeout((int) PATIENCE.toMillis());
        return socket;
    }

    private static void send(Socket socket, String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // closed by the server while sending: what the test reads next shows it
        }
    }

    /** An environment sent one line every 200 ms, for at most 10 s or until the server closes. */
    private static Thread trickle(Socket socket) {
        Thread t = new Thread(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < 50; i++) {
                    out.write(("agi_arg_" + i + ": x\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // closed by the server (or the test is over)
            }
        }, "trickle");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Whether the server closed the connection (end of stream or reset) within {@link #PATIENCE}, sending nothing. */
    private static boolean closedWithoutACommand(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false; // still open
        } catch (SocketException e) {
            return true; // reset: closed with the attacker's bytes unread
        }
    }

    private static void awaitNoActiveCalls(FastAgiServer s) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (s.activeCalls() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(s.activeCalls()).as("call threads still held").isZero();
    }

    /** Warnings one class logs while open (Logback, the application's logger). */
    private static final class LoggedWarnings implements AutoCloseable {

        private final Logger logger;
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        private LoggedWarnings(Class<?> type) {
            this.logger = (Logger) LoggerFactory.getLogger(type);
            appender.start();
            logger.addAppender(appender);
        }

        static LoggedWarnings of(Class<?> type) {
            return new LoggedWarnings(type);
        }

        List<String> lines() {
            return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }

        @Override
        public void close() {
            logger.detachAppender(appender);
        }
    }
}
