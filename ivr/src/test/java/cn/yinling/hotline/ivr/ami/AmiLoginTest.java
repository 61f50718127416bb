package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in to the simulated AMI as Asterisk-Java does it, over a real socket. */
class AmiLoginTest extends AmiSpringTest {

    @Autowired
    AmiConnection connection;

    @Test
    void logsInWithAnMd5KeyOverTheChallengeAsTheConfiguredUser() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);

        List<Map<String, String>> challenges = AMI.actions("Challenge");
        List<Map<String, String>> logins = AMI.actions("Login").stream()
                .filter(l -> USER.equals(l.get("Username"))).toList();
        assertThat(challenges).isNotEmpty();
        assertThat(logins).isNotEmpty().allSatisfy(login -> {
            assertThat(login).containsEntry("Username", USER).containsEntry("AuthType", "MD5")
                    .doesNotContainKey("Secret");
            assertThat(login.get("Key")).hasSize(32);
        });
        assertThat(AMI.logins()).isPositive();
        // Asterisk-Java 3.42.2 then asks for the version: CoreSettings, answered as Asterisk documents it.
        assertThat(AMI.actionNamesBySession()).as("the application's session among them")
                .anySatisfy(names -> assertThat(names).startsWith("Challenge", "Login", "CoreSettings"));
    }

    @Test
    void aRefusedLoginIsTriedAgainAndNeverCountsAsConnected() {
        AmiConnection intruder = new AmiConnection(new AmiProperties(null, "127.0.0.1", AMI.port(), "intruder",
                "wrong", Duration.ofMillis(200), "Local/{number}@elders", "hotline-outbound", "", Duration.ofSeconds(1),
                Duration.ofSeconds(3), false, "yinling-agent-dial"));
        intruder.start();
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> AMI.actions("Login").stream().filter(l -> "intruder".equals(l.get("Username"))).count() >= 2);
            assertThat(intruder.isConnected()).isFalse();
        } finally {
            intruder.stop();
        }
    }

    @Test
    void stoppingLogsOff() {
        AmiConnection second = new AmiConnection(new AmiProperties(null, "127.0.0.1", AMI.port(), USER, SECRET,
                Duration.ofMillis(200), "Local/{number}@elders", "hotline-outbound", "", Duration.ofSeconds(1),
                Duration.ofSeconds(3), false, "yinling-agent-dial"));
        int logoffs = AMI.actions("Logoff").size();
        second.start();
        await().atMost(Duration.ofSeconds(20)).until(second::isConnected);

        second.stop();

        await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Logoff").size() > logoffs);
        assertThat(second.isConnected()).isFalse();
    }

    /**
     * Found on a real Asterisk (#18): the shipped manager.conf is a template, and a deployment that
     * keeps its placeholder secret lets anyone who read it place calls. With a secret required (the
     * prod profile) the client does not even try, and the log says why.
     */
    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class SecretRequired {

        @Test
        void thePlaceholderSecretIsNeverUsedToLogIn(CapturedOutput log) {
            AmiConnection placeholder = connection("placeholder-user", AmiProperties.PLACEHOLDER_SECRET, true);
            placeholder.start();
            try {
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                        .until(() -> loginsOf("placeholder-user") == 0);
                assertThat(placeholder.isConnected()).isFalse();
                assertThat(log.getOut()).contains("AMI client not started: hotline.ami.secret is still the placeholder");
            } finally {
                placeholder.stop();
            }
        }

        @Test
        void anEmptySecretIsNeverUsedToLogIn(CapturedOutput log) {
            AmiConnection empty = connection("empty-secret-user", "", true);
            empty.start();
            try {
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                        .until(() -> loginsOf("empty-secret-user") == 0);
                assertThat(log.getOut()).contains("AMI client not started: hotline.ami.secret is empty");
            } finally {
                empty.stop();
            }
        }

        @Test
        void withoutTheRequirementThePlaceholderIsTried() {
            AmiConnection dev = connection("dev-user", AmiProperties.PLACEHOLDER_SECRET, false);
            dev.start();
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> loginsOf("dev-user") >= 1);
            } finally {
                dev.stop();
            }
        }

        private AmiConnection connection(String user, String secret, boolean secretRequired) {
            return new AmiConnection(new AmiProperties(null, "127.0.0.1", AMI.port(), user, secret, Duration.ofMillis(200),
                    "Local/{number}@elders", "hotline-outbound", "", Duration.ofSeconds(1), Duration.ofSeconds(3),
                    secretRequired, "yinling-agent-dial"));
        }

        private long loginsOf(String user) {
            return AMI.actions("Login").stream().filter(l -> user.equals(l.get("Username"))).count();
        }
    }
}
