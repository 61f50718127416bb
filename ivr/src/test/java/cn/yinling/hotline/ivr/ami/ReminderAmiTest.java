package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.reminder.BookingReminders;
import cn.yinling.hotline.cases.reminder.ReminderProperties;
import cn.yinling.hotline.cases.reminder.ReminderState;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.cases.voice.Pace;
import cn.yinling.hotline.cases.voice.VoicePreference;
import cn.yinling.hotline.cases.voice.VoicePreferences;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.call.DialplanVariables;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import cn.yinling.hotline.ivr.reminder.ReminderDialing;
import cn.yinling.hotline.ivr.reminder.ReminderScript;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminder call the day before a visit, placed by AMI Originate against the simulated AMI and
 * answered through the AGI simulator: "王阿姨，明天上午九点有人来给您助浴，按1确认，按2改时间，按3取消".
 */
class ReminderAmiTest extends AmiSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    AmiConnection connection;
    @Autowired
    ReminderDialing dialing;
    @Autowired
    BookingReminders reminders;
    @Autowired
    ReminderProperties properties;
    @Autowired
    OriginatedCalls originated;
    @Autowired
    OutboundDialer dialer;
    @Autowired
    VoicePreferences preferences;
    @Autowired
    Bookings bookings;
    @Autowired
    Cases cases;
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
    Booking visit;

    @BeforeEach
    void anElderWhoWantsRemindersWithAVisitTomorrow() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        AMI.addExtension(ReminderScript.NAME);
        day = IvrTestApplication.START.toLocalDate().plusDays(700 + 3L * SEQ.incrementAndGet());
        clock.set(day.minusDays(5).atTime(9, 0));
        String community = street.newCommunity();
        street.worker(community, 2);
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        phone = "1380000" + String.format("%04d", SEQ.get());
        channel = "Local/" + phone + "@elders";
        elders.addPhone(elder.elderId(), phone);
        preferences.change(elder.elderId(), new VoicePreference(Pace.NORMAL, null, true), "test");
        visit = bookings.book(new BookingRequest(elder.elderId(), "bathing", day.atTime(9, 0), 60, Channel.CONSOLE,
                "test", UUID.randomUUID().toString(), true, null));
        clock.set(day.minusDays(1).atTime(18, 0));
    }

    @Nested
    class TheDayBefore {

        @Test
        void nobodyIsCalledBeforeTheCallingHourNorTwoDaysAhead() {
            clock.set(day.minusDays(1).atTime(17, 59));
            assertThat(dialing.dialDue()).isZero();
            clock.set(day.minusDays(2).atTime(18, 30));
            assertThat(dialing.dialDue()).isZero();
            clock.set(day.minusDays(1).atTime(properties.callUntil().getHour(), properties.callUntil().getMinute()));
            assertThat(dialing.dialDue()).isZero();
            assertThat(reminders.latestOf(visit.getId())).isEmpty();

            clock.set(day.minusDays(1).atTime(18, 0));
            assertThat(dialing.dialDue()).isEqualTo(1);
        }

        @Test
        void anElderWhoDidNotAskIsNotCalled() {
            preferences.change(elder.elderId(), new VoicePreference(Pace.NORMAL, null, false), "test");
            assertThat(dialing.dialDue()).isZero();
        }

        @Test
        void aCancelledVisitIsNotCalled() {
            bookings.cancel(visit.getId(), "test", "test");
            assertThat(dialing.dialDue()).isZero();
        }

        @Test
        void originatesIntoTheReminderScriptWithTheReminderAndAToken() {
            dialing.dialDue();

            Map<String, String> originate = originate();
            assertThat(originate).containsEntry("Context", "hotline-outbound").containsEntry("Exten", "reminder");
            assertThat(variables(originate)).containsKey(ReminderScript.REMINDER_VARIABLE)
                    .hasEntrySatisfying(OriginatedCalls.TOKEN_VARIABLE, t -> assertThat(t).matches("[A-Za-z0-9_-]{32}"));
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.CALLING);
        }
    }

    @Nested
    class TheElderAnswers {

        @Test
        void oneConfirmsTheVisit() throws IOException {
            CallRecord call = answer(press("1"));

            assertThat(call.prompts().get(0).text())
                    .isEqualTo(elder.surname() + "阿姨，明天上午九点有人来给您助浴，按1确认，按2改时间，按3取消。");
            assertThat(call.heard()).contains("明天按时上门");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.CONFIRMED);
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
        }

        @Test
        void twoPutsTheElderThroughToAPersonWithACaseSayingTheyWantAnotherTime() throws IOException {
            CallRecord call = answer(press("2"));

            assertThat(call.heard()).contains("马上请工作人员帮您改时间");
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsKey(DialplanVariables.PRIORITY)
                    .containsEntry(DialplanVariables.ELDER_ID, elder.getId().toString());
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.RESCHEDULE);
            assertThat(cases.ofElder(elder.elderId())).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo(CaseType.HANDOFF);
                assertThat(call.variables()).containsEntry(DialplanVariables.CASE_ID, c.getId().toString());
                assertThat(cases.timeline(c.getId())).anySatisfy(e -> assertThat(e.getNote()).contains("想改时间")
                        .contains("预约号" + visit.getId()));
            });
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
        }

        @Test
        void threeThenOneCancelsTheBookingAsAnyCancellationDoes() throws IOException {
            CallRecord call = answer(press("3"), press("1"));

            assertThat(call.prompts().get(1).text()).isEqualTo("您要取消明天的助浴吗？确定取消请按1，不取消请按2。");
            assertThat(call.heard()).contains("已经为您取消");
            Booking cancelled = bookings.find(visit.getId()).orElseThrow();
            assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(cancelled.getCancelReason()).isEqualTo("老人在预约提醒电话中取消");
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.CANCELLED);
        }

        @Test
        void threeThenTwoKeepsTheVisitAndAsksAgain() throws IOException {
            CallRecord call = answer(press("3"), press("2"), press("1"));

            assertThat(call.prompts().get(2).text()).startsWith("好的，预约不变。");
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.CONFIRMED);
        }

        @Test
        void twoSilencesLeaveTheVisitAndNobodyCallsAgain() throws IOException {
            CallRecord call = answer(new CallerStep.Silence(), new CallerStep.Silence());

            assertThat(call.heard()).contains("预约不变，再见");
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.NO_KEY);
            clock.advance(properties.retryInterval());
            assertThat(dialing.dialDue()).isZero();
        }

        @Test
        void aHangUpBeforeAnyKeyCountsAsUnansweredAndIsTriedAgain() throws IOException {
            answer(new CallerStep.HangUp(1.0));

            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.PENDING);
        }

        @Test
        void aSlowElderHearsTheReminderFromTheSlowSet() throws IOException {
            preferences.change(elder.elderId(), new VoicePreference(Pace.SLOW, null, true), "test");
            CallRecord call = answer(press("1"));

            assertThat(call.filesPlayed()).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("yinling-slow/"));
        }
    }

    @Nested
    class NobodyAnswers {

        @Test
        void anUnansweredCallIsTriedOnceMoreThenLeft() {
            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.NO_ANSWER);
            dialing.dialDue();
            await().atMost(Duration.ofSeconds(15)).until(() -> reminders.latestOf(visit.getId()),
                    s -> s.equals(java.util.Optional.of(ReminderState.PENDING)));
            assertThat(dialing.dialDue()).as("not before the retry interval").isZero();

            clock.advance(properties.retryInterval());
            assertThat(dialing.dialDue()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> reminders.latestOf(visit.getId()),
                    s -> s.equals(java.util.Optional.of(ReminderState.UNANSWERED)));
            clock.advance(properties.retryInterval());
            assertThat(dialing.dialDue()).isZero();
            assertThat(AMI.actions("Originate").stream().filter(a -> channel.equals(a.get("Channel")))).hasSize(2);
        }
    }

    @Nested
    class OncePerVisit {

        @Test
        void aSecondNodeOrARestartedOneDoesNotCallAgain() {
            assertThat(dialing.dialDue()).isEqualTo(1);
            originate();

            ReminderDialing otherNode = new ReminderDialing(reminders, dialer, properties, originated);
            assertThat(otherNode.dialDue()).isZero();
            assertThat(dialing.dialDue()).isZero();
            assertThat(AMI.actions("Originate").stream().filter(a -> channel.equals(a.get("Channel")))).hasSize(1);
        }

        @Test
        void aDialerNotReadyBurnsNoAttempt() {
            List<OutboundCall> placed = new java.util.concurrent.CopyOnWriteArrayList<>();
            OutboundDialer down = new OutboundDialer() {
                @Override
                public boolean place(OutboundCall call) {
                    placed.add(call);
                    return false;
                }

                @Override
                public boolean isReady() {
                    return false;
                }
            };
            assertThat(new ReminderDialing(reminders, down, properties, originated).dialDue()).isZero();
            assertThat(reminders.latestOf(visit.getId())).as("nothing claimed while the dialer is down").isEmpty();

            OutboundDialer refusing = call -> false; // says it is ready, then cannot place the call
            assertThat(new ReminderDialing(reminders, refusing, properties, originated).dialDue()).isZero();
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.PENDING);

            AMI.answerCallsTo(channel, SimulatedAmi.Outcome.NO_ANSWER);
            assertThat(dialing.dialDue()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> reminders.latestOf(visit.getId()),
                    s -> s.equals(java.util.Optional.of(ReminderState.PENDING)));
            clock.advance(properties.retryInterval());
            assertThat(dialing.dialDue()).as("the call never placed was no attempt: one retry is left").isEqualTo(1);
        }
    }

    /** Connections that only claim to be the reminder call the hotline placed. */
    @Nested
    class Attacks {

        @Test
        void aCallWithoutTheTokenIsRefusedAndRecordsNothing() throws IOException {
            Map<String, String> vars = new HashMap<>(placedCallVariables());
            vars.remove(OriginatedCalls.TOKEN_VARIABLE);

            CallRecord call = answer(vars, press("3"), press("1"));

            assertThat(call.prompts()).isEmpty();
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
            assertThat(reminders.latestOf(visit.getId())).contains(ReminderState.CALLING);
        }

        @Test
        void aForgedTokenIsRefused() throws IOException {
            Map<String, String> vars = new HashMap<>(placedCallVariables());
            vars.put(OriginatedCalls.TOKEN_VARIABLE, "A".repeat(32));

            CallRecord call = answer(vars, press("3"), press("1"));

            assertThat(call.prompts()).isEmpty();
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
        }

        @Test
        void theTokenOfAnotherScriptOrReminderIsRefused() throws IOException {
            Map<String, String> vars = new HashMap<>(placedCallVariables());
            String reminder = vars.get(ReminderScript.REMINDER_VARIABLE);
            vars.put(OriginatedCalls.TOKEN_VARIABLE, originated.variables("followup", reminder, Map.of())
                    .get(OriginatedCalls.TOKEN_VARIABLE));

            CallRecord call = answer(vars, press("3"), press("1"));

            assertThat(call.prompts()).isEmpty();
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
        }

        @Test
        void aTokenWorksOnce() throws IOException {
            Map<String, String> vars = placedCallVariables();
            answer(vars, new CallerStep.HangUp(0.5));

            CallRecord replay = answer(vars, press("3"), press("1"));

            assertThat(replay.prompts()).isEmpty();
            assertThat(bookings.find(visit.getId()).orElseThrow().getStatus()).as("kept (and dispatched to its worker)").isEqualTo(BookingStatus.DISPATCHED);
        }
    }

    /** Places the reminder and answers it as the elder would, with the Originate's variables on the channel. */
    private CallRecord answer(CallerStep... steps) throws IOException {
        return answer(placedCallVariables(), steps);
    }

    private Map<String, String> placedCallVariables() {
        assertThat(dialing.dialDue()).isEqualTo(1);
        return variables(originate());
    }

    private CallRecord answer(Map<String, String> variables, CallerStep... steps) throws IOException {
        return new AgiSimulator("127.0.0.1", agi.port(), Duration.ofSeconds(20)).call(ReminderScript.NAME, phone, null,
                variables, ScriptedCaller.of(steps), p -> {
                });
    }

    private static CallerStep press(String keys) {
        return new CallerStep.Keys(keys, 1.0);
    }

    private Map<String, String> originate() {
        return await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Originate").stream()
                .filter(a -> channel.equals(a.get("Channel"))).reduce((a, b) -> b).orElse(null), o -> o != null);
    }

    private static Map<String, String> variables(Map<String, String> originate) {
        return Stream.of(originate.getOrDefault("Variable", "").split("\\|")).map(v -> v.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }
}
