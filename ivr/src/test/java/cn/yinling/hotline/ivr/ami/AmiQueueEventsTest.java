package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.queue.AnswerTimes;
import cn.yinling.hotline.cases.queue.QueueCall;
import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import cn.yinling.hotline.cases.queue.QueueCallOutcome;
import cn.yinling.hotline.cases.queue.QueueCallRepository;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep.Keys;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agents' queue as the simulated AMI reports it (AGI-NOTES §9c) after the IVR handed a call
 * over: the queue_call row, the case timeline and assignment, the screen pop, the answer-time
 * figures, and a dropped AMI connection that comes back.
 */
class AmiQueueEventsTest extends AmiSpringTest {

    private static final AtomicInteger PHONES = new AtomicInteger(3000);

    @Autowired
    AmiConnection connection;
    @Autowired
    FastAgiServer agi;
    @Autowired
    QueueCalls queueCalls;
    @Autowired
    QueueCallRepository rows;
    @Autowired
    Cases cases;
    @Autowired
    AgentRepository agents;
    @Autowired
    Elders elders;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    ScreenPops screenPops;

    Agent agent;
    String queue;

    @BeforeEach
    void anAgentOnAQueueOfTheirOwn() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        clock.set(IvrTestApplication.START);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        agent = agents.save(new Agent("agent-" + tag, "坐席 " + tag, "x", AgentRole.AGENT, "Local/" + tag + "@agents/n"));
        queue = "hotline-q-" + tag;
    }

    @Nested
    class AfterTheIvrHandedOver {

        Elder elder;
        String phone;
        String uniqueid;
        CareCase handoff;

        @BeforeEach
        void anElderPressedZero() throws IOException {
            elder = street.elder(street.household(street.newCommunity(),
                    cn.yinling.hotline.cases.elder.Registration.URBAN), "王秀英");
            phone = "1380000" + String.format("%04d", PHONES.incrementAndGet());
            elders.addPhone(elder.elderId(), phone);
            CallRecord call = new AgiSimulator("127.0.0.1", agi.port(), Duration.ofSeconds(20)).call(phone,
                    ScriptedCaller.of(new Keys("0", 1.0)));
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            uniqueid = call.transcript().stream().filter(l -> l.startsWith("<<< agi_uniqueid: ")).findFirst()
                    .orElseThrow().substring("<<< agi_uniqueid: ".length());
            handoff = cases.get(Long.valueOf(call.variables().get("HOTLINE_CASE_ID")));
        }

        @Test
        void theHandOverIsRecordedUnderTheChannelsUniqueid() {
            QueueCall row = rows.findByUniqueid(uniqueid).orElseThrow();
            assertThat(row.getCaseId()).isEqualTo(handoff.getId());
            assertThat(row.getElderId()).isEqualTo(elder.getId());
            assertThat(row.getOutcome()).isEqualTo(QueueCallOutcome.HANDED_OVER);
            assertThat(row.getHandedOverAt()).isNotNull();
        }

        @Test
        void theQueueEventsFillInTheRowTheCaseAndTheAgentsScreen() {
            AMI.queueCallAnswered(new SimulatedAmi.QueueCall(uniqueid, phone, "王秀英", queue,
                    agent.getQueueInterface(), "Agent01", 2, 5));

            QueueCall row = awaitOutcome(uniqueid, QueueCallOutcome.COMPLETED);
            assertThat(row.getQueueName()).isEqualTo(queue);
            assertThat(row.getAgentId()).isEqualTo(agent.getId());
            assertThat(row.getMemberName()).isEqualTo("Agent01");
            assertThat(row.getWaitSeconds()).isEqualTo(2);
            assertThat(row.getTalkSeconds()).isEqualTo(5);
            assertThat(row.getJoinedAt()).isNotNull();

            CareCase after = cases.get(handoff.getId());
            assertThat(after.getStatus()).isEqualTo(CaseStatus.CLAIMED);
            assertThat(after.getAssigneeId()).isEqualTo(agent.getId());
            assertThat(cases.timeline(handoff.getId())).anySatisfy(e -> {
                assertThat(e.getKind()).isEqualTo("CALL_ANSWERED");
                assertThat(e.getActor()).isEqualTo(agent.getUsername());
                assertThat(e.getNote()).contains("2秒");
            });
            assertThat(screenPops.heard).contains(new QueueCallAnswered(uniqueid, handoff.getId(), elder.getId(),
                    phone, agent.getId(), "Agent01", 2));
        }

        @Test
        void aCallerWhoGivesUpWaitingIsOnTheCase() {
            AMI.queueCallAbandoned(new SimulatedAmi.QueueCall(uniqueid, phone, "王秀英", queue,
                    agent.getQueueInterface(), "Agent01", 45, 0));

            QueueCall row = awaitOutcome(uniqueid, QueueCallOutcome.ABANDONED);
            assertThat(row.getWaitSeconds()).isEqualTo(45);
            assertThat(cases.timeline(handoff.getId())).extracting(CaseEvent::getKind).contains("CALL_ABANDONED");
            assertThat(cases.get(handoff.getId()).getAssigneeId()).isNull();
        }
    }

    @Test
    void aCallQueuedWithoutTheIvrStillGetsARowAndAScreenPop() {
        String uniqueid = "1795374497." + PHONES.incrementAndGet();
        AMI.queueCallAnswered(new SimulatedAmi.QueueCall(uniqueid, "13912345678", "<unknown>", queue,
                agent.getQueueInterface(), "Agent01", 7, 30));

        QueueCall row = awaitOutcome(uniqueid, QueueCallOutcome.COMPLETED);
        assertThat(row.getCaseId()).isNull();
        assertThat(row.getCallerNumber()).isEqualTo("13912345678");
        assertThat(screenPops.heard).anySatisfy(e -> {
            assertThat(e.uniqueid()).isEqualTo(uniqueid);
            assertThat(e.caseId()).isNull();
            assertThat(e.agentId()).isEqualTo(agent.getId());
        });
    }

    @Test
    void answerTimeFiguresComeFromTheQueueEventsOfSeveralCalls() {
        clock.set(IvrTestApplication.START.plusDays(2000 + PHONES.incrementAndGet()));
        Instant from = clock.instant();
        int[] holds = {10, 50, 70, 200};
        for (int hold : holds) {
            AMI.queueCallAnswered(new SimulatedAmi.QueueCall("1795374600." + PHONES.incrementAndGet(), "13800000001",
                    "王阿姨", queue, agent.getQueueInterface(), "Agent01", hold, 60));
        }
        String gaveUp = "1795374600." + PHONES.incrementAndGet();
        AMI.queueCallAbandoned(new SimulatedAmi.QueueCall(gaveUp, "13800000001", "王阿姨", queue,
                agent.getQueueInterface(), "Agent01", 100, 0));
        awaitOutcome(gaveUp, QueueCallOutcome.ABANDONED); // events are handled in order: the answered ones are in
        clock.advance(Duration.ofMinutes(5));

        AnswerTimes.Figures figures = queueCalls.answerTimes(from, clock.instant()).byQueue().get(queue);

        assertThat(figures.offered()).isEqualTo(5);
        assertThat(figures.answered()).isEqualTo(4);
        assertThat(figures.abandoned()).isEqualTo(1);
        assertThat(figures.answeredWithin60s()).isEqualTo(2);
        assertThat(figures.answeredWithin180s()).isEqualTo(3);
        assertThat(figures.shareWithin60s()).isEqualTo(0.4);
        assertThat(figures.shareWithin180s()).isEqualTo(0.6);
        assertThat(figures.averageWaitSeconds()).isEqualTo(82.5);
        assertThat(figures.p90WaitSeconds()).isEqualTo(200);
    }

    @Test
    void afterAsteriskDropsTheConnectionTheClientLogsInAgainAndEventsStillCount() {
        int logins = AMI.logins();

        AMI.dropConnections();

        await().atMost(Duration.ofSeconds(30)).until(() -> AMI.logins() > logins && connection.isConnected());
        String uniqueid = "1795374700." + PHONES.incrementAndGet();
        AMI.queueCallAnswered(new SimulatedAmi.QueueCall(uniqueid, "13800000001", "王阿姨", queue,
                agent.getQueueInterface(), "Agent01", 3, 4));
        assertThat(awaitOutcome(uniqueid, QueueCallOutcome.COMPLETED).getAgentId()).isEqualTo(agent.getId());
    }

    private QueueCall awaitOutcome(String uniqueid, QueueCallOutcome outcome) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> rows.findByUniqueid(uniqueid),
                (Optional<QueueCall> r) -> r.isPresent() && r.get().getOutcome() == outcome).orElseThrow();
    }
}
