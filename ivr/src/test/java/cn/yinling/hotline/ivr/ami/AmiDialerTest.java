package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.checkin.CheckinScript;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Check-in calls placed by AMI Originate against the simulated AMI: what Asterisk reports for each
 * call decides the check-in attempt (AGI-NOTES §9a, §9b).
 */
class AmiDialerTest extends AmiSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    AmiConnection connection;
    @Autowired
    OutboundDialer dialer;
    @Autowired
    CheckinDialing dialing;
    @Autowired
    Checkins checkins;
    @Autowired
    Elders elders;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    FastAgiServer agi;

    Elder elder;
    String phone;
    String channel;
    LocalDate day;

    @BeforeEach
    void anElderDueForACheckinAndAConnectedAmi() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        day = IvrTestApplication.START.toLocalDate().plusDays(400 + SEQ.incrementAndGet());
        clock.set(day.atTime(7, 0));
        Elder e = street.elder(street.household(street.newCommunity(), Registration.URBAN), "王秀英");
        elder = elders.update(e.elderId(), x -> x.setCheckinTime(LocalTime.of(8, 0)));
        phone = "1360000" + String.format("%04d", SEQ.get());
        channel = "Local/" + phone + "@elders";
        elders.addPhone(elder.elderId(), phone);
        checkins.planDay(day);
        clock.set(day.atTime(8, 0));
    }

    @Test
    void theAmiDialerReplacesTheLoggingOne() {
        assertThat(dialer).isInstanceOf(AmiDialer.class);
    }

    @Nested
    class Answered {

        @Test
        void originatesAsyncIntoTheCheckinScriptWithTheAttemptOnTheChannel() {
            dialing.dialDue();

            Map<String, String> originate = await().atMost(Duration.ofSeconds(10)).until(() -> ours(), o -> o != null);
            assertThat(originate).containsEntry("Context", "hotline-outbound").containsEntry("Exten", "checkin")
                    .containsEntry("Priority", "1").containsEntry("Async", "true").containsEntry("Timeout", "1000");
            assertThat(originate.get("ActionID")).contains("checkin-");
            CheckinAttempt attempt = attempts().get(0);
            assertThat(variables(originate)).containsEntry(CheckinScript.ATTEMPT_VARIABLE, attempt.getId().toString())
                    .hasEntrySatisfying(OriginatedCalls.TOKEN_VARIABLE,
                            token -> assertThat(token).matches("[A-Za-z0-9_-]{32}"));
        }

        @Test
        void theElderSeesTheHotlinesNumberNotAnUnknownCaller() {
            dialing.dialDue();

            Map<String, String> originate = await().atMost(Duration.ofSeconds(10)).until(() -> ours(), o -> o != null);
            assertThat(originate).containsEntry("CallerID", "\"银铃热线\" <12349>");
        }

        @Test
        void theAnsweredCallRunsTheScriptWithTheVariablesOfTheOriginate() throws IOException {
            dialing.dialDue();
            Map<String, String> originate = await().atMost(Duration.ofSeconds(10)).until(() -> ours(), o -> o != null);

            // What Asterisk does once the elder answers: the channel, carrying the Originate's
            // variables, runs AGI(.../checkin) in hotline-outbound.
            new AgiSimulator("127.0.0.1", agi.port(), Duration.ofSeconds(20)).call("checkin", phone, null,
                    variables(originate), ScriptedCaller.of(new CallerStep.Keys("1", 1.0)), p -> {
                    });
            assertThat(states()).containsExactly(CheckinState.FINE);
        }

        @Test
        void reasonFourLeavesTheAttemptToTheScript() {
            dialing.dialDue();

            await().atMost(Duration.ofSeconds(10)).until(() -> ours() != null);
            await().atMost(Duration.ofSeconds(10)).until(() -> ((AmiDialer) dialer).inFlight() == 0);
            assertThat(states()).containsExactly(CheckinState.CALLING);
        }
    }

    @Nested
    class NotAnswered {

        @Test
        void busyCountsAsNoAnswerAndSchedulesTheRetry() {
            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.BUSY);
            dialing.dialDue();
            awaitRetryScheduled();
        }

        @Test
        void ringingWithoutAnswerCountsAsNoAnswer() {
            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.NO_ANSWER);
            dialing.dialDue();
            awaitRetryScheduled();
        }

        @Test
        void aFailedChannelCountsAsNoAnswer() {
            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.FAILED);
            dialing.dialDue();
            awaitRetryScheduled();
        }

        @Test
        void noOriginateResponseWithinTheTimeoutCountsAsNoAnswer() {
            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.NO_RESPONSE);
            dialing.dialDue();
            awaitRetryScheduled();
        }

        @Test
        void anOriginateRefusedAtOnceCountsAsNoAnswer() {
            AMI.removeExtension("checkin");
            try {
                dialing.dialDue();
                awaitRetryScheduled();
            } finally {
                AMI.addExtension("checkin");
            }
        }

        @Test
        void threeUnansweredCallsRaiseTheAlert() {
            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.NO_ANSWER);
            for (int attempt = 1; attempt <= 3; attempt++) {
                dialing.dialDue();
                int placed = attempt;
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> attempts().stream().filter(a -> a.getState() != CheckinState.CALLING
                                && a.getState() != CheckinState.PENDING).count() == placed);
                clock.advance(Duration.ofMinutes(10));
            }
            assertThat(states()).containsExactly(CheckinState.NO_ANSWER, CheckinState.NO_ANSWER, CheckinState.ALERTED);
        }
    }

    private void awaitRetryScheduled() {
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(states()).containsExactly(CheckinState.NO_ANSWER, CheckinState.PENDING));
    }

    private Map<String, String> ours() {
        return AMI.actions("Originate").stream().filter(a -> channel.equals(a.get("Channel"))).findFirst().orElse(null);
    }

    /** The Originate's {@code Variable:} lines (joined by {@code |} in the simulated AMI's record) as a map. */
    private static Map<String, String> variables(Map<String, String> originate) {
        return Stream.of(originate.getOrDefault("Variable", "").split("\\|")).map(v -> v.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }

    private List<CheckinAttempt> attempts() {
        return checkins.ofElder(elder.elderId(), day);
    }

    private List<CheckinState> states() {
        return attempts().stream().map(CheckinAttempt::getState).toList();
    }
}
