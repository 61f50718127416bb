package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** AMI configured while nothing listens on its port: the application starts and gets in once Asterisk is up. */
@SpringBootTest(classes = IvrTestApplication.class)
class AmiWithoutAsteriskTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void amiNobodyListensOn(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", () -> PORT);
        registry.add("hotline.ami.secret", () -> "late");
        registry.add("hotline.ami.reconnect-delay", () -> "PT0.2S");
    }

    @Autowired
    FastAgiServer agi;
    @Autowired
    AmiConnection connection;
    @Autowired
    OutboundDialer dialer;

    @Test
    void startsServesAgiAndRefusesToDialUntilAsteriskIsUpThenLogsIn() {
        assertThat(agi.port()).isPositive();
        assertThat(connection.isConnected()).isFalse();
        assertThat(dialer.place(new OutboundCall("13800000001", "checkin", Map.of()))).isFalse();

        try (SimulatedAmi asterisk = SimulatedAmi.start("hotline", "late", PORT)) {
            await().atMost(Duration.ofSeconds(30)).until(connection::isConnected);
            assertThat(asterisk.logins()).isEqualTo(1);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
