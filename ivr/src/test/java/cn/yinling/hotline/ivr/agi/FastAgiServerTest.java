package cn.yinling.hotline.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.AgiScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call pool: one thread per call, up to the pool size; a call beyond it is refused, not queued. */
class FastAgiServerTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private final AgiScript holdsTheLine = (request, channel) -> {
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };
    private FastAgiServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aCallBeyondThePoolIsRefusedAtOnceWhileTheFirstGoesOnOnANamedThread() throws Exception {
        server = new FastAgiServer(IvrSettings.with("pool-size", "1", "thread-stack-size", "256KB"),
                Map.of("hotline", holdsTheLine), Clock.systemUTC());
        server.start();
        try (Socket first = call(); Socket second = call()) {
            assertThat(started.await(5, TimeUnit.SECONDS)).as("the first call is served").isTrue();
            assertThat(read(second)).as("the second is closed by the server without a command").isEqualTo(-1);
            assertThat(server.activeCalls()).isEqualTo(1);
            assertThat(server.callThreads()).isEqualTo(1);
            assertThat(Thread.getAllStackTraces().keySet()).anySatisfy(
                    t -> assertThat(t.getName()).matches("fastagi-\\d+-call-1"));
        }
    }

    private Socket call() throws Exception {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
        OutputStream out = s.getOutputStream();
        out.write("agi_network: yes\nagi_network_script: hotline\nagi_request: agi://127.0.0.1/hotline\n\n"
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        return s;
    }

    private static int read(Socket s) throws Exception {
        InputStream in = s.getInputStream();
        return in.read();
    }
}
