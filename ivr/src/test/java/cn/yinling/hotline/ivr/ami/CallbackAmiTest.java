package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.callback.Callback;
import cn.yinling.hotline.cases.callback.CallbackId;
import cn.yinling.hotline.cases.callback.CallbackState;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.callback.CallbackDialing;
import cn.yinling.hotline.ivr.callback.CallbackScript;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Callbacks instead of waiting, against the simulated AMI (QueueStatus, Originate, OriginateResponse,
 * the queue events) and the AGI simulator: the offer when the queue's wait is long and not when it is
 * short, the callback placed when the caller's turn comes, answered into the queue and picked up by
 * an agent, and unanswered ones tried a bounded number of times.
 */
class CallbackAmiTest extends AmiSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger(7000);
    private static final String QUEUE = "hotline-q";
    private static final String OFFER = "不用等，按1我们给您回电话";

    @Autowired
    AmiConnection connection;
    @Autowired
    FastAgiServer agi;
    @Autowired
    Callbacks callbacks;
    @Autowired
    CallbackDialing dialing;
    @Autowired
    Cases cases;
    @Autowired
    Elders elders;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    AgentRepository agents;
    @Autowired
    QueueCalls queueCalls;

    String phone;
    Elder elder;

    @BeforeEach
    void anElderAndAnEmptyLine() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        clock.set(IvrTestApplication.START);
        clearLine();
        String community = street.newCommunity();
        street.worker(community, 2);
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        phone = "1371111" + String.format("%04d", SEQ.incrementAndGet());
        elders.addPhone(elder.elderId(), phone);
    }

    @AfterEach
    void quietQueue() {
        AMI.quietQueueState();
        clearLine();
    }

    @Nested
    class TheOffer {

        @Test
        void aLongWaitIsAnnouncedAndOneAsksForACallbackInsteadOfQueueing() throws IOException {
            longWait();
            CallRecord call = dial(press("0"), press("1"));

            assertThat(call.heard()).contains(OFFER).contains("大约要等二十分钟");
            assertThat(call.heard()).contains("轮到您时我们马上给您回电话");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
            assertThat(call.variables()).doesNotContainKey("HOTLINE_PRIORITY");
            Callback c = theCallback();
            assertThat(c.getState()).isEqualTo(CallbackState.REQUESTED);
            assertThat(c.getPhone()).isEqualTo(phone);
            assertThat(c.isChosenTime()).isFalse();
            assertThat(c.getPlaceAt()).isEqualTo(clock.instant());
            assertThat(cases.timeline(c.getCaseId())).extracting(CaseEvent::getKind).contains("CALLBACK");
            assertThat(cases.get(c.getCaseId()).getStatus()).as("left open for the agents").isEqualTo(CaseStatus.OPEN);
        }

        @Test
        void aShortWaitQueuesTheCallWithoutAnOffer() throws IOException {
            AMI.queueState(QUEUE, List.of(new SimulatedAmi.Member("agent1", "PJSIP/agent01", 1, false, false)),
                    List.of(), 240);
            CallRecord call = dial(press("0"));

            assertThat(call.heard()).doesNotContain(OFFER);
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "3").containsKey("HOTLINE_CASE_ID");
            assertThat(callbacksOfElder()).isEmpty();
        }

        @Test
        void zeroKeepsWaitingInTheQueue() throws IOException {
            longWait();
            CallRecord call = dial(press("0"), press("0"));

            assertThat(call.heard()).contains(OFFER);
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "3");
            assertThat(callbacksOfElder()).isEmpty();
        }

        @Test
        void twoLetsTheCallerChooseATime() throws IOException {
            longWait();
            CallRecord call = dial(press("0"), press("2"), press("2"));

            assertThat(call.heard()).contains("半小时后请按1，一小时后请按2").contains("我们一小时后给您回电话");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
            Callback c = theCallback();
            assertThat(c.isChosenTime()).isTrue();
            assertThat(c.getDueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
            assertThat(c.getPlaceAt()).as("in line from the chosen time").isEqualTo(c.getDueAt());
        }

        @Test
        void withNobodyOnDutyTheOfferSaysSo() throws IOException {
            AMI.queueState(QUEUE, List.of(new SimulatedAmi.Member("agent1", "PJSIP/agent01", 1, true, false)),
                    List.of(), 240);
            CallRecord call = dial(press("0"), press("1"));

            assertThat(call.heard()).contains("现在工作人员暂时都不在").contains(OFFER);
            assertThat(theCallback().getState()).isEqualTo(CallbackState.REQUESTED);
        }

        @Test
        void anEmergencyIsNeverOfferedACallback() throws IOException {
            longWait();
            CallRecord call = dial(press("1"), press("9"));

            assertThat(call.heard()).doesNotContain(OFFER);
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "1");
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
        }
    }

    @Nested
    class CallingBack {

        @Test
        void whenItsTurnComesTheElderIsCalledQueuedAtTheFrontAndPickedUpByAnAgent() throws IOException {
            CallbackId id = requested();
            AMI.queueState(QUEUE, List.of(new SimulatedAmi.Member("agent1", "PJSIP/agent01", 1, false, false)),
                    List.of(), 240);

            assertThat(dialing.dialDue()).isEqualTo(1);

            Map<String, String> originate = awaitOriginate();
            assertThat(originate).containsEntry("Context", "hotline-outbound").containsEntry("Exten", "callback")
                    .containsEntry("Priority", "1").containsEntry("Async", "true");
            assertThat(variables(originate)).containsEntry(CallbackScript.CALLBACK_VARIABLE, id.toString())
                    .containsKey(OriginatedCalls.TOKEN_VARIABLE);
            await().atMost(Duration.ofSeconds(10)).until(() -> state(id) == CallbackState.ANSWERED);

            // Asterisk runs [hotline-outbound] callback once the elder picks up: AGI(.../callback).
            CallRecord call = agiSimulator().call("callback", phone, null, variables(originate), ScriptedCaller.of(),
                    p -> {
                    });
            assertThat(call.heard()).contains("王阿姨您好，这里是银铃热线，给您回电话了");
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            Long caseId = callbacks.find(id).orElseThrow().getCaseId();
            assertThat(call.variables()).containsEntry("HOTLINE_CASE_ID", caseId.toString())
                    .containsEntry("HOTLINE_PRIORITY", "3")
                    .containsEntry("HOTLINE_ELDER_ID", elder.elderId().toString());
            String uniqueid = uniqueidOf(call);
            assertThat(callbacks.find(id).orElseThrow().getChannelUniqueid()).isEqualTo(uniqueid);
            assertThat(queueCalls.find(uniqueid)).as("the queue events will find the case and the elder's number")
                    .hasValueSatisfying(q -> {
                        assertThat(q.getCaseId()).isEqualTo(caseId);
                        assertThat(q.getCallerNumber()).isEqualTo(phone);
                    });

            Agent agent = agents.save(new Agent("cb-agent-" + SEQ.incrementAndGet(), "回电坐席", "x", AgentRole.AGENT,
                    "PJSIP/cb" + SEQ.get()));
            AMI.queueCallAnswered(new SimulatedAmi.QueueCall(uniqueid, phone, "王秀英", QUEUE, agent.getQueueInterface(),
                    agent.getUsername(), 4, 60));
            await().atMost(Duration.ofSeconds(10)).until(() -> state(id) == CallbackState.CONNECTED);
            assertThat(cases.get(caseId).getAssigneeId()).isEqualTo(agent.getId());
        }

        @Test
        void aCallerWhoWasInLineBeforeTheRequestIsServedFirst() {
            CallbackId id = requested();
            Instant asked = clock.instant();
            clock.advance(Duration.ofMinutes(1));
            SimulatedAmi.Member busy = new SimulatedAmi.Member("agent1", "PJSIP/agent01", 2, false, true);
            // Waiting 90 s: joined 30 s before the callback was asked for.
            AMI.queueState(QUEUE, List.of(busy), List.of(new SimulatedAmi.Waiting("earlier." + SEQ.incrementAndGet(),
                    "13900000001", 90)), 240);
            assertThat(dialing.dialDue()).isZero();
            assertThat(state(id)).isEqualTo(CallbackState.REQUESTED);

            // Only a caller who joined after the request is left: the callback is next.
            AMI.queueState(QUEUE, List.of(busy), List.of(new SimulatedAmi.Waiting("later." + SEQ.incrementAndGet(),
                    "13900000002", Duration.between(asked, clock.instant()).toSeconds() - 10)), 240);
            assertThat(dialing.dialDue()).isEqualTo(1);
            assertThat(state(id)).isIn(CallbackState.DIALING, CallbackState.ANSWERED);
        }

        @Test
        void nobodyIsCalledBackWhileNoAgentIsOnDuty() {
            CallbackId id = requested();
            AMI.queueState(QUEUE, List.of(new SimulatedAmi.Member("agent1", "PJSIP/agent01", 5, false, false)),
                    List.of(), 240);
            assertThat(dialing.dialDue()).isZero();
            assertThat(state(id)).isEqualTo(CallbackState.REQUESTED);
        }

        @Test
        void anUnansweredCallbackIsTriedTwiceMoreThenLeftToTheAgents() {
            CallbackId id = requested();
            AMI.answerCallsTo("Local/" + phone + "@elders", SimulatedAmi.Outcome.NO_ANSWER);
            for (int call = 1; call <= 3; call++) {
                assertThat(dialing.dialDue()).as("call " + call).isEqualTo(1);
                int placed = call;
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    Callback c = callbacks.find(id).orElseThrow();
                    return c.getAttempts() == placed && c.getState() != CallbackState.DIALING;
                });
                clock.advance(Duration.ofMinutes(5));
            }
            assertThat(state(id)).isEqualTo(CallbackState.UNREACHED);
            assertThat(dialing.dialDue()).as("no fourth call").isZero();
            assertThat(originates()).hasSize(3);
            Long caseId = callbacks.find(id).orElseThrow().getCaseId();
            assertThat(cases.timeline(caseId)).extracting(CaseEvent::getNote).anyMatch(n -> n.contains("回拨3次均未接通"));
            assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.OPEN);
        }

        @Test
        void theCallbackScriptRefusesACallWithoutItsToken() throws IOException {
            CallbackId id = requested();
            dialing.dialDue();
            CallRecord call = agiSimulator().call("callback", phone, null,
                    Map.of(CallbackScript.CALLBACK_VARIABLE, id.toString()), ScriptedCaller.of(), p -> {
                    });
            assertThat(call.prompts()).isEmpty();
            assertThat(call.variables()).doesNotContainKey("HOTLINE_CASE_ID");
        }
    }

    // --- helpers

    /** One agent on a call, three callers waiting, five minutes a call: twenty minutes for the next caller. */
    private static void longWait() {
        AMI.queueState(QUEUE, List.of(new SimulatedAmi.Member("agent1", "PJSIP/agent01", 2, false, true)),
                List.of(new SimulatedAmi.Waiting("w1." + SEQ.incrementAndGet(), "13900000011", 200),
                        new SimulatedAmi.Waiting("w2." + SEQ.incrementAndGet(), "13900000012", 120),
                        new SimulatedAmi.Waiting("w3." + SEQ.incrementAndGet(), "13900000013", 30)), 300);
    }

    private CallbackId requested() {
        CareCase c = cases.openHandoff(elder.elderId(), "转人工", Priority.HIGH, Channel.VOICE, "test");
        return callbacks.request(c.caseId(), elder.elderId(), phone, Priority.HIGH, null);
    }

    private CallRecord dial(CallerStep... steps) throws IOException {
        return agiSimulator().call(phone, ScriptedCaller.of(steps));
    }

    private AgiSimulator agiSimulator() {
        return new AgiSimulator("127.0.0.1", agi.port(), Duration.ofSeconds(20));
    }

    private static CallerStep press(String keys) {
        return new CallerStep.Keys(keys, 1.0);
    }

    private List<Callback> callbacksOfElder() {
        List<Long> mine = cases.ofElder(elder.elderId()).stream().map(CareCase::getId).toList();
        return callbacks.latestOf(mine).values().stream().toList();
    }

    private Callback theCallback() {
        assertThat(callbacksOfElder()).hasSize(1);
        return callbacksOfElder().get(0);
    }

    private CallbackState state(CallbackId id) {
        return callbacks.find(id).orElseThrow().getState();
    }

    private List<Map<String, String>> originates() {
        return AMI.actions("Originate").stream().filter(a -> ("Local/" + phone + "@elders").equals(a.get("Channel")))
                .toList();
    }

    private Map<String, String> awaitOriginate() {
        return await().atMost(Duration.ofSeconds(10)).until(() -> originates().stream().findFirst().orElse(null),
                o -> o != null);
    }

    private static Map<String, String> variables(Map<String, String> originate) {
        return Stream.of(originate.getOrDefault("Variable", "").split("\\|")).map(v -> v.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }

    private static String uniqueidOf(CallRecord call) {
        return call.transcript().stream().filter(l -> l.startsWith("<<< agi_uniqueid: ")).findFirst().orElseThrow()
                .substring("<<< agi_uniqueid: ".length());
    }

    /** Callbacks left by other tests would be ahead in the line: cancel them (ringing ones first released). */
    private void clearLine() {
        for (Callback c : callbacks.open()) {
            if (c.getState() == CallbackState.DIALING) {
                callbacks.notPlaced(c.callbackId());
            }
            if (c.getState() != CallbackState.ANSWERED) {
                callbacks.cancel(c.callbackId(), "test");
            }
        }
    }
}
