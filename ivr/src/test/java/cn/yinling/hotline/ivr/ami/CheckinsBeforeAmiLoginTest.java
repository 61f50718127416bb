package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.checkin.CheckinAttempt;
import cn.yinling.hotline.cases.checkin.CheckinState;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.checkin.CheckinDialing;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Found on a real Asterisk (#18): at start-up the dialer tried the due check-ins before the AMI
 * login had completed, "AMI not connected", and recorded each as unanswered. A call never placed is
 * no attempt: the check-ins wait for the login and are originated once it completes.
 */
@SpringBootTest(classes = IvrTestApplication.class)
class CheckinsBeforeAmiLoginTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void amiNotUpYet(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", () -> PORT);
        registry.add("hotline.ami.secret", () -> "starting");
        registry.add("hotline.ami.reconnect-delay", () -> "PT0.2S");
        registry.add("hotline.ami.channel", () -> "Local/{number}@elders");
        registry.add("hotline.ami.ring-timeout", () -> "PT1S");
        registry.add("hotline.ami.originate-timeout", () -> "PT3S");
    }

    @Autowired
    AmiConnection connection;
    @Autowired
    CheckinDialing dialing;
    @Autowired
    Checkins checkins;
    @Autowired
    Cases cases;
    @Autowired
    Elders elders;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;

    @Test
    void checkinsDueBeforeTheLoginWaitAndAreOriginatedOnceItCompletes() {
        LocalDate day = IvrTestApplication.START.toLocalDate().plusDays(1);
        clock.set(day.atTime(7, 0));
        List<Elder> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Elder e = street.elder(street.household(street.newCommunity(), Registration.URBAN), "王秀英");
            due.add(elders.update(e.elderId(), x -> x.setCheckinTime(LocalTime.of(8, 0))));
            elders.addPhone(e.elderId(), "1366600000" + i);
        }
        checkins.planDay(day);
        clock.set(day.atTime(8, 0));

        assertThat(connection.isConnected()).isFalse();
        assertThat(dialing.dialDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dialing.dialDue()).isZero();
        assertThat(due).allSatisfy(e -> assertThat(states(e, day)).as("waiting, no attempt lost")
                .containsExactly(CheckinState.PENDING));

        try (SimulatedAmi asterisk = SimulatedAmi.start("hotline", "starting", PORT)) {
            await().atMost(Duration.ofSeconds(30)).until(connection::isConnected);
            assertThat(dialing.dialDue()).isEqualTo(3);

            await().atMost(Duration.ofSeconds(10)).until(() -> asterisk.actions("Originate").size() == 3);
            assertThat(asterisk.actions("Originate")).extracting(a -> a.get("Channel")).containsExactlyInAnyOrder(
                    "Local/13666000000@elders", "Local/13666000001@elders", "Local/13666000002@elders");
            assertThat(due).allSatisfy(e -> assertThat(states(e, day)).containsExactly(CheckinState.CALLING));
            assertThat(due).allSatisfy(e -> assertThat(cases.ofElder(e.elderId())).isEmpty());
        }
    }

    private List<CheckinState> states(Elder e, LocalDate day) {
        return checkins.ofElder(e.elderId(), day).stream().map(CheckinAttempt::getState).toList();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
