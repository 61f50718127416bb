package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.responders.CallOutState;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.CallState;
import cn.yinling.hotline.cases.responders.ResponderCall;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.responders.Volunteer;
import cn.yinling.hotline.cases.responders.VolunteerTeam;
import cn.yinling.hotline.cases.responders.Volunteers;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.responders.ResponderScript;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
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
 * An emergency's call-out to the elder's responders, against the simulated AMI (Originate,
 * OriginateResponse) and the AGI simulator running the {@code responder} script as Asterisk would
 * once a responder picks up: 1 accepts, 2 declines, no answer and busy move on to the next, nobody
 * left says so on the case, and the script runs only for the call the hotline placed.
 */
class ResponderCallOutTest extends AmiSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger(5000);

    @Autowired
    AmiConnection connection;
    @Autowired
    FastAgiServer agi;
    @Autowired
    CallOuts callOuts;
    @Autowired
    Responders responders;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Cases cases;
    @Autowired
    Elders elders;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;

    Elder elder;
    String sonPhone;
    String volunteerPhone;

    @BeforeEach
    void anElderWithASonAndANeighbour() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        clock.set(IvrTestApplication.START);
        String community = street.newCommunity();
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        sonPhone = "1391111" + String.format("%04d", SEQ.incrementAndGet());
        long son = elders.addFamilyContact(elder.elderId(), "王磊", "儿子", sonPhone, true).getId();
        responders.addFamily(elder.elderId(), son, "");
        VolunteerTeam team = volunteers.createTeam("互助队" + SEQ.get(), community, "");
        volunteerPhone = "1392222" + String.format("%04d", SEQ.get());
        Volunteer v = volunteers.addMember(team.getId(), "赵志愿", volunteerPhone, "3号楼", "");
        responders.addVolunteer(elder.elderId(), v.getId());
    }

    @Nested
    class Answers {

        @Test
        void theFirstResponderPressingOneIsRecordedAndToldTheAddress() throws IOException {
            CareCase k = emergency();
            Map<String, String> originate = awaitOriginate(sonPhone, 1);
            assertThat(originate).containsEntry("Context", "hotline-outbound").containsEntry("Exten", "responder")
                    .containsEntry("Timeout", "30000");
            assertThat(variables(originate)).containsKey(ResponderScript.CALL_VARIABLE)
                    .containsKey(OriginatedCalls.TOKEN_VARIABLE);

            CallRecord call = pickUp(sonPhone, originate, "1");
            assertThat(call.heard()).contains("银铃热线紧急通知").contains(elder.getFullName()).contains(elder.getAddress())
                    .contains("紧急情况：跌倒").contains("需要您马上过去").contains("能去请按1")
                    .contains("谢谢，请马上过去，地址是");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
            assertThat(state(k)).isEqualTo(CallOutState.ACCEPTED);
            assertThat(kinds(k)).containsSubsequence("OPENED", CallOuts.STARTED, CallOuts.CALLING, CallOuts.ACCEPTED);
            assertThat(originates(volunteerPhone)).as("nobody else is called").isEmpty();
        }

        @Test
        void twoDeclinesAndTheNextResponderIsCalled() throws IOException {
            CareCase k = emergency();
            CallRecord son = pickUp(sonPhone, awaitOriginate(sonPhone, 1), "2");
            assertThat(son.heard()).contains("好的，我们联系其他人");

            pickUp(volunteerPhone, awaitOriginate(volunteerPhone, 1), "1");
            assertThat(state(k)).isEqualTo(CallOutState.ACCEPTED);
            assertThat(kinds(k)).containsSubsequence(CallOuts.CALLING, CallOuts.DECLINED, CallOuts.CALLING,
                    CallOuts.ACCEPTED);
            assertThat(calls(k)).extracting(ResponderCall::getState).containsExactly(CallState.DECLINED, CallState.ACCEPTED);
        }

        @Test
        void noAnswerMovesOnByItselfAndAnEmptyListSaysCall120() {
            AMI.answerCallsTo("Local/" + sonPhone + "@elders", SimulatedAmi.Outcome.NO_ANSWER);
            AMI.answerCallsTo("Local/" + volunteerPhone + "@elders", SimulatedAmi.Outcome.BUSY);
            CareCase k = emergency();

            await().atMost(Duration.ofSeconds(15)).until(() -> state(k) == CallOutState.EXHAUSTED);
            assertThat(originates(sonPhone)).hasSize(1);
            assertThat(originates(volunteerPhone)).hasSize(1);
            assertThat(kinds(k)).containsSubsequence(CallOuts.CALLING, CallOuts.NO_ANSWER, CallOuts.CALLING,
                    CallOuts.NO_ANSWER, CallOuts.EXHAUSTED);
            assertThat(cases.timeline(k.getId())).filteredOn(e -> CallOuts.NO_ANSWER.equals(e.getKind()))
                    .extracting(CaseEvent::getNote).anyMatch(n -> n.contains("无人接听")).anyMatch(n -> n.contains("占线"));
            assertThat(cases.timeline(k.getId())).filteredOn(e -> CallOuts.EXHAUSTED.equals(e.getKind()))
                    .extracting(CaseEvent::getNote).singleElement().asString().contains("请立即拨打120/110");
        }
    }

    @Nested
    class OnlyTheCallThePlacedHotlineSpeaks {

        @Test
        void withoutItsTokenTheScriptHangsUpAndRecordsNothing() throws IOException {
            CareCase k = emergency();
            Map<String, String> placed = variables(awaitOriginate(sonPhone, 1));
            CallRecord call = agiSimulator().call(ResponderScript.NAME, sonPhone, null,
                    Map.of(ResponderScript.CALL_VARIABLE, placed.get(ResponderScript.CALL_VARIABLE)),
                    ScriptedCaller.of(press("1")), p -> {
                    });
            assertThat(call.prompts()).isEmpty();
            assertThat(calls(k).get(0).getState()).isEqualTo(CallState.CALLING);
            assertThat(kinds(k)).doesNotContain(CallOuts.ACCEPTED);
        }

        @Test
        void aForgedOrReplayedTokenIsRefused() throws IOException {
            CareCase k = emergency();
            Map<String, String> placed = awaitOriginate(sonPhone, 1);
            Map<String, String> forged = new HashMap<>(variables(placed));
            forged.put(OriginatedCalls.TOKEN_VARIABLE, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            assertThat(agiSimulator().call(ResponderScript.NAME, sonPhone, null, forged, ScriptedCaller.of(press("1")),
                    p -> {
                    }).prompts()).isEmpty();
            assertThat(calls(k).get(0).getState()).isEqualTo(CallState.CALLING);

            pickUp(sonPhone, placed, "2");
            CallRecord replay = agiSimulator().call(ResponderScript.NAME, sonPhone, null, variables(placed),
                    ScriptedCaller.of(press("1")), p -> {
                    });
            assertThat(replay.prompts()).isEmpty();
            assertThat(calls(k).get(0).getState()).isEqualTo(CallState.DECLINED);
        }
    }

    // --- helpers

    private CareCase emergency() {
        return cases.openEmergency(elder.elderId(), "我摔倒了起不来", Channel.VOICE, "test");
    }

    /** Asterisk runs [hotline-outbound] responder once the responder picks up: AGI(.../responder). */
    private CallRecord pickUp(String phone, Map<String, String> originate, String key) throws IOException {
        return agiSimulator().call(ResponderScript.NAME, phone, null, variables(originate), ScriptedCaller.of(press(key)),
                p -> {
                });
    }

    private CallOutState state(CareCase k) {
        return callOuts.ofCase(k.getId()).orElseThrow().callOut().getState();
    }

    private List<ResponderCall> calls(CareCase k) {
        return callOuts.ofCase(k.getId()).orElseThrow().calls();
    }

    private List<String> kinds(CareCase k) {
        return cases.timeline(k.getId()).stream().map(CaseEvent::getKind).toList();
    }

    private AgiSimulator agiSimulator() {
        return new AgiSimulator("127.0.0.1", agi.port(), Duration.ofSeconds(20));
    }

    private static CallerStep press(String keys) {
        return new CallerStep.Keys(keys, 1.0);
    }

    private static List<Map<String, String>> originates(String phone) {
        return AMI.actions("Originate").stream().filter(a -> ("Local/" + phone + "@elders").equals(a.get("Channel")))
                .toList();
    }

    private static Map<String, String> awaitOriginate(String phone, int nth) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> originates(phone).size() >= nth
                ? originates(phone).get(nth - 1) : null, o -> o != null);
    }

    private static Map<String, String> variables(Map<String, String> originate) {
        return Stream.of(originate.getOrDefault("Variable", "").split("\\|")).map(v -> v.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }
}
