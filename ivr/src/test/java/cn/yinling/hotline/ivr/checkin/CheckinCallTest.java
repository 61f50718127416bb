package cn.yinling.hotline.ivr.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.checkin.CheckinAttempt;
import cn.yinling.hotline.cases.checkin.CheckinId;
import cn.yinling.hotline.cases.checkin.CheckinProperties;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.checkin.CheckinState;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.checkin.DueCheckin;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.CallerStep.HangUp;
import cn.yinling.hotline.ivr.simulator.CallerStep.Keys;
import cn.yinling.hotline.ivr.simulator.CallerStep.Silence;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Daily check-in calls over a real TCP socket: simulated Asterisk → FastAGI {@code checkin} → case database. */
@SpringBootTest(classes = IvrTestApplication.class)
class CheckinCallTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    FastAgiServer server;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Checkins checkins;
    @Autowired
    Cases cases;
    @Autowired
    CheckinProperties properties;
    @Autowired
    QueueCalls queueCalls;
    @Autowired
    OriginatedCalls originated;

    Elder elder;
    String phone;
    LocalDate day;

    @BeforeEach
    void anElderLivingAloneDueAtEight() {
        // A day of its own for each test, so earlier tests' check-ins are not due.
        day = IvrTestApplication.START.toLocalDate().plusDays(100 + SEQ.incrementAndGet());
        clock.set(day.atTime(7, 0));
        Elder e = street.elder(street.household(street.newCommunity(), cn.yinling.hotline.cases.elder.Registration.URBAN),
                "王秀英");
        elder = elders.update(e.elderId(), x -> x.setCheckinTime(LocalTime.of(8, 0)));
        phone = "1350000" + String.format("%04d", SEQ.get());
        elders.addPhone(elder.elderId(), phone);
        checkins.planDay(day);
        clock.set(day.atTime(8, 0));
    }

    @Nested
    class Answers {

        @Test
        void greetsBySurnameAndTitleAndOneRecordsFine() throws IOException {
            CallRecord call = call(due(), press("1"));
            assertThat(call.prompts().get(0).text()).isEqualTo("王阿姨早上好，今天身体好吗？平安请按1，需要帮助请按2。");
            assertThat(call.prompts().get(1).text()).contains("祝您身体健康");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
            assertThat(states()).containsExactly(CheckinState.FINE);
            assertThat(cases.ofElder(elder.elderId())).isEmpty();
        }

        @Test
        void twoOpensACaseAndReturnsTheCallToTheDialplanForAnAgent() throws IOException {
            CallRecord call = call(due(), press("2"));
            assertThat(states()).containsExactly(CheckinState.NEEDS_HELP);
            CareCase c = cases.ofElder(elder.elderId()).get(0);
            assertThat(c.getType()).isEqualTo(CaseType.HANDOFF);
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsEntry("HOTLINE_CASE_ID", c.getId().toString())
                    .containsEntry("HOTLINE_PRIORITY", "2")
                    .containsEntry("HOTLINE_ELDER_ID", elder.elderId().toString());
            String uniqueid = call.transcript().stream().filter(l -> l.startsWith("<<< agi_uniqueid: ")).findFirst()
                    .orElseThrow().substring("<<< agi_uniqueid: ".length());
            assertThat(queueCalls.find(uniqueid)).as("the AMI queue events will find the case")
                    .hasValueSatisfying(q -> assertThat(q.getCaseId()).isEqualTo(c.getId()));
        }

        @Test
        void aWrongKeyIsAskedAgainThenTheAnswerCounts() throws IOException {
            CallRecord call = call(due(), press("7"), press("1"));
            assertThat(call.prompts().get(1).text()).contains("没有听到您按键");
            assertThat(states()).containsExactly(CheckinState.FINE);
        }
    }

    @Nested
    class NoAnswer {

        @Test
        void silenceTwiceSchedulesARetryTenMinutesLater() throws IOException {
            CallRecord call = call(due(), new Silence(), new Silence());
            assertThat(call.prompts()).hasSize(3);
            assertThat(call.prompts().get(2).text()).contains("稍后再给您打电话");
            assertThat(states()).containsExactly(CheckinState.NO_ANSWER, CheckinState.PENDING);
            assertThat(checkins.ofElder(elder.elderId(), day).get(1).getDueAt())
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        }

        @Test
        void hangingUpDuringTheGreetingCountsAsNoAnswer() throws IOException {
            CallRecord call = call(due(), new HangUp(1.0));
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
            assertThat(call.closedByServer()).isTrue();
            assertThat(states()).containsExactly(CheckinState.NO_ANSWER, CheckinState.PENDING);
        }

        @Test
        void theThirdUnansweredCallOpensOneCheckinAlert() throws IOException {
            for (int attempt = 1; attempt <= 3; attempt++) {
                call(due(), new Silence(), new Silence());
                clock.advance(Duration.ofMinutes(10));
            }
            clock.advance(Duration.ofHours(1));
            assertThat(mine(checkins.claimDue("test-node", 1000))).as("no fourth call").isEmpty();
            assertThat(states()).containsExactly(CheckinState.NO_ANSWER, CheckinState.NO_ANSWER, CheckinState.ALERTED);
            assertThat(cases.ofElder(elder.elderId())).singleElement()
                    .satisfies(c -> assertThat(c.getType()).isEqualTo(CaseType.CHECKIN_ALERT));
        }

        @Test
        void aRepeatedCallForARecordedAttemptHangsUpAndChangesNothing() throws IOException {
            CheckinId id = due();
            call(id, press("1"));
            CallRecord again = call(id, press("2"));
            assertThat(again.prompts()).isEmpty();
            assertThat(states()).containsExactly(CheckinState.FINE);
            assertThat(cases.ofElder(elder.elderId())).isEmpty();
        }
    }

    @Nested
    class Dialing {

        @Test
        void theDialerGetsTheNumberScriptAndAttemptThenTheCallRecordsItsAnswer() throws IOException {
            List<OutboundCall> placed = new ArrayList<>();
            CheckinDialing dialing = new CheckinDialing(checkins, c -> placed.add(c), properties, originated, clock);
            dialing.dialDue();
            OutboundCall ours = placed.stream().filter(c -> c.number().equals(phone)).findFirst().orElseThrow();
            assertThat(ours.script()).isEqualTo("checkin");
            assertThat(ours.variables()).containsKeys(CheckinScript.ATTEMPT_VARIABLE, OriginatedCalls.TOKEN_VARIABLE);
            call(ours.variables(), press("1"));
            assertThat(states()).containsExactly(CheckinState.FINE);
        }

        @Test
        void aCallTheDialerCouldNotPlaceIsNoAttemptAndIsPlacedNextRound() {
            SwitchableDialer dialer = new SwitchableDialer(true);
            dialer.refuse = true;
            CheckinDialing dialing = new CheckinDialing(checkins, dialer, properties, originated, clock);
            dialing.dialDue();
            assertThat(states()).as("nobody was called: no unanswered attempt, no retry").containsExactly(CheckinState.PENDING);

            dialer.refuse = false;
            dialing.dialDue();
            assertThat(dialer.placedTo(phone)).isEqualTo(1);
            assertThat(states()).containsExactly(CheckinState.CALLING);
        }
    }

    /**
     * At start-up the dialer tried due check-ins before the AMI login completed and recorded each as
     * unanswered (found on a real Asterisk, #18): an elder lost attempts without ever being called,
     * and with AMI down longer every due elder would have got a check-in alert.
     */
    @Nested
    class DialerNotReady {

        SwitchableDialer dialer = new SwitchableDialer(false);
        CheckinDialing dialing;
        List<Elder> more = new ArrayList<>();

        @BeforeEach
        void tenEldersDueAtEightAndNoOpenDialerAlert() {
            openDialerAlerts().forEach(c -> cases.resolve(c.getId(), "test", "earlier test"));
            clock.set(day.atTime(7, 0));
            for (int i = 0; i < 9; i++) {
                Elder e = street.elder(street.household(street.newCommunity(),
                        cn.yinling.hotline.cases.elder.Registration.URBAN), "李桂兰");
                more.add(elders.update(e.elderId(), x -> x.setCheckinTime(LocalTime.of(8, 0))));
                elders.addPhone(e.elderId(), "1351" + String.format("%03d", SEQ.get() % 1000) + String.format("%04d", i));
            }
            checkins.planDay(day);
            clock.set(day.atTime(8, 0));
            dialing = new CheckinDialing(checkins, dialer, properties, originated, clock);
        }

        @Test
        void dueCheckinsWaitUnclaimedAndCountNoAttempt() {
            dialing.dialDue();
            clock.advance(Duration.ofMinutes(10));
            dialing.dialDue();
            assertThat(states()).containsExactly(CheckinState.PENDING);
            assertThat(more).allSatisfy(e -> assertThat(checkins.ofElder(e.elderId(), day))
                    .extracting(CheckinAttempt::getState).containsExactly(CheckinState.PENDING));
        }

        @Test
        void waitingLongerThanTheLimitRaisesOneCaseForAllNotOnePerElder() {
            dialing.dialDue();
            clock.advance(properties.dialerDownAlertAfter().minusMinutes(1));
            dialing.dialDue();
            assertThat(openDialerAlerts()).as("not yet: the login may still complete").isEmpty();

            for (int round = 0; round < 5; round++) {
                clock.advance(Duration.ofMinutes(2));
                dialing.dialDue();
            }
            assertThat(openDialerAlerts()).singleElement().satisfies(c -> {
                assertThat(c.getElderId()).isNull();
                assertThat(c.priority()).isEqualTo(cn.yinling.hotline.cases.casework.Priority.URGENT);
                assertThat(cases.timeline(c.getId())).singleElement()
                        .satisfies(ev -> assertThat(ev.getNote()).contains("位老人的爱心敲门电话在等待拨出").contains("08:00"));
            });
            assertThat(cases.ofElder(elder.elderId())).as("no check-in alert for an elder never called").isEmpty();
            assertThat(more).allSatisfy(e -> assertThat(cases.ofElder(e.elderId())).isEmpty());
        }

        @Test
        void anotherNodeJoinsTheOpenCaseInsteadOfOpeningItsOwn() {
            CheckinDialing otherNode = new CheckinDialing(checkins, new SwitchableDialer(false), properties, originated, clock);
            dialing.dialDue();
            otherNode.dialDue();
            clock.advance(properties.dialerDownAlertAfter());
            dialing.dialDue();
            otherNode.dialDue();
            assertThat(openDialerAlerts()).hasSize(1);
        }

        @Test
        void onceTheDialerIsReadyTheWaitingCallsArePlacedAndTheCaseSaysSo() {
            dialing.dialDue();
            clock.advance(properties.dialerDownAlertAfter());
            dialing.dialDue();
            CareCase alert = openDialerAlerts().get(0);

            dialer.ready = true;
            dialing.dialDue();

            assertThat(dialer.placedTo(phone)).isEqualTo(1);
            assertThat(states()).containsExactly(CheckinState.CALLING);
            assertThat(cases.timeline(alert.getId())).extracting(ev -> ev.getKind()).containsExactly("OPENED", "NOTE");
        }

        List<CareCase> openDialerAlerts() {
            return cases.queue().stream().filter(c -> c.getType() == CaseType.DIALER_DOWN).toList();
        }
    }

    /** A dialer that is ready or not, and places calls or refuses them, as the test says. */
    static final class SwitchableDialer implements OutboundDialer {

        volatile boolean ready;
        volatile boolean refuse;
        final List<OutboundCall> placed = new CopyOnWriteArrayList<>();

        SwitchableDialer(boolean ready) {
            this.ready = ready;
        }

        @Override
        public boolean place(OutboundCall call) {
            if (!ready || refuse) {
                return false;
            }
            placed.add(call);
            return true;
        }

        @Override
        public boolean isReady() {
            return ready;
        }

        long placedTo(String number) {
            return placed.stream().filter(c -> c.number().equals(number)).count();
        }
    }

    // --- helpers

    /** Claims the elder's due attempt, as the dialer does before placing the call. */
    CheckinId due() {
        List<DueCheckin> mine = mine(checkins.claimDue("test-node", 1000));
        assertThat(mine).as("one due check-in for the elder").hasSize(1);
        return mine.get(0).id();
    }

    List<DueCheckin> mine(List<DueCheckin> due) {
        return due.stream().filter(d -> d.elderId().equals(elder.elderId())).toList();
    }

    List<CheckinState> states() {
        return checkins.ofElder(elder.elderId(), day).stream().map(CheckinAttempt::getState).toList();
    }

    /** The call the dialer places for {@code attempt}: the attempt and a fresh one-time token on the channel. */
    CallRecord call(CheckinId attempt, CallerStep... steps) throws IOException {
        return call(originated.variables(CheckinScript.NAME, attempt.toString(),
                Map.of(CheckinScript.ATTEMPT_VARIABLE, attempt.toString())), steps);
    }

    CallRecord call(Map<String, String> channelVariables, CallerStep... steps) throws IOException {
        return new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(20)).call("checkin", phone, null,
                channelVariables, ScriptedCaller.of(steps), p -> {
                });
    }

    static CallerStep press(String keys) {
        return new Keys(keys, 1.0);
    }
}
