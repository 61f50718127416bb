package cn.yinling.hotline.cases.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Calls followed through the agents' queue: rows, case timeline, assignment, screen pop, answer-time figures. */
@RecordApplicationEvents
class QueueCallsTest extends CasesSpringTest {

    @Autowired
    QueueCalls queueCalls;
    @Autowired
    AgentRepository agents;
    @Autowired
    Cases cases;
    @Autowired
    ApplicationEvents published;

    Elder elder;
    Agent agent;
    String queue;

    @BeforeEach
    void anElderAnAgentAndAQueueOfTheirOwn() {
        elder = street.elder(street.household(community, Registration.URBAN), "王秀英");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        agent = agents.save(new Agent("agent-" + tag, "坐席", "x", AgentRole.AGENT, "PJSIP/" + tag));
        queue = "q-" + tag;
    }

    @Nested
    class AnIvrCallAnswered {

        CareCase handoff;
        String uniqueid;

        @BeforeEach
        void handedOverByTheIvr() {
            handoff = cases.openHandoff(elder.elderId(), "转人工", Priority.HIGH, Channel.VOICE, "ivr");
            uniqueid = newUniqueid();
            queueCalls.handedOver(uniqueid, handoff.caseId(), elder.elderId(), "13800000001", Priority.HIGH);
        }

        @Test
        void theRowFollowsJoinAnswerAndEnd() {
            clock.advance(Duration.ofSeconds(1));
            queueCalls.joined(uniqueid, queue, "13800000001");
            assertThat(queueCalls.find(uniqueid)).hasValueSatisfying(c -> {
                assertThat(c.getOutcome()).isEqualTo(QueueCallOutcome.WAITING);
                assertThat(c.getQueueName()).isEqualTo(queue);
                assertThat(c.getCaseId()).isEqualTo(handoff.getId());
                assertThat(c.getPriority()).isEqualTo(Priority.HIGH.level());
            });

            clock.advance(Duration.ofSeconds(12));
            queueCalls.left(uniqueid, queue); // Asterisk sends QueueCallerLeave just before AgentConnect
            assertThat(queueCalls.find(uniqueid).orElseThrow().getOutcome()).isEqualTo(QueueCallOutcome.LEFT);
            assertThat(queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 12)).isTrue();
            assertThat(queueCalls.find(uniqueid).orElseThrow().getOutcome()).isEqualTo(QueueCallOutcome.ANSWERED);
            clock.advance(Duration.ofSeconds(95));
            queueCalls.completed(uniqueid, 95, "agent");

            QueueCall call = queueCalls.find(uniqueid).orElseThrow();
            assertThat(call.getOutcome()).isEqualTo(QueueCallOutcome.COMPLETED);
            assertThat(call.getAgentId()).isEqualTo(agent.getId());
            assertThat(call.getMemberName()).isEqualTo("Agent01");
            assertThat(call.getWaitSeconds()).isEqualTo(12);
            assertThat(call.getTalkSeconds()).isEqualTo(95);
            assertThat(Duration.between(call.getJoinedAt(), call.getAnsweredAt())).isEqualTo(Duration.ofSeconds(12));
            assertThat(call.getEndedAt()).isEqualTo(clock.instant());
        }

        @Test
        void theCaseShowsWhoAnsweredAfterHowLongAndGoesToThem() {
            queueCalls.joined(uniqueid, queue, "13800000001");
            queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 37);

            CaseEvent answered = cases.timeline(handoff.getId()).stream()
                    .filter(e -> e.getKind().equals(QueueCalls.ANSWERED)).findFirst().orElseThrow();
            assertThat(answered.getActor()).isEqualTo(agent.getUsername());
            assertThat(answered.getNote()).contains("37秒").contains(agent.getUsername());
            CareCase after = cases.get(handoff.getId());
            assertThat(after.getStatus()).isEqualTo(CaseStatus.CLAIMED);
            assertThat(after.getAssigneeId()).isEqualTo(agent.getId());
        }

        @Test
        void theAgentsBrowserIsToldToPopTheCase() {
            queueCalls.joined(uniqueid, queue, "13800000001");
            queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 5);

            assertThat(published.stream(QueueCallAnswered.class)).containsExactly(new QueueCallAnswered(uniqueid,
                    handoff.getId(), elder.getId(), "13800000001", agent.getId(), "Agent01", 5));
        }

        @Test
        void theSameAnswerSeenByASecondNodeChangesNothing() {
            queueCalls.joined(uniqueid, queue, "13800000001");
            queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 5);
            int timeline = cases.timeline(handoff.getId()).size();

            assertThat(queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 5)).isFalse();

            assertThat(cases.timeline(handoff.getId())).hasSize(timeline);
            assertThat(published.stream(QueueCallAnswered.class)).hasSize(1);
        }

        @Test
        void twoNodesHandlingTheSameAnswerAtOnceRecordItOnce() throws Exception {
            queueCalls.joined(uniqueid, queue, "13800000001");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(nodes.submit(() -> {
                        start.await();
                        return queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 9);
                    }));
                }
                start.countDown();
                List<Boolean> changed = new ArrayList<>();
                for (Future<Boolean> f : answers) {
                    changed.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(changed).containsExactlyInAnyOrder(true, false);
            } finally {
                nodes.shutdownNow();
            }
            assertThat(cases.timeline(handoff.getId())).filteredOn(e -> e.getKind().equals(QueueCalls.ANSWERED)).hasSize(1);
        }

        @Test
        void aCallSeenFirstByTwoNodesAtOnceGetsOneRow() throws Exception {
            String fresh = newUniqueid();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> joins = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    joins.add(nodes.submit(() -> {
                        start.await();
                        queueCalls.joined(fresh, queue, "13800000001");
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : joins) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                nodes.shutdownNow();
            }
            assertThat(queueCalls.find(fresh)).hasValueSatisfying(c -> assertThat(c.getOutcome()).isEqualTo(QueueCallOutcome.WAITING));
        }

        @Test
        void aCaseAnotherAgentAlreadyHoldsStaysWithThem() {
            Agent other = agents.save(new Agent("other-" + queue, "坐席", "x", AgentRole.AGENT, null));
            cases.claim(handoff.getId(), other.getId(), other.getUsername());

            queueCalls.answered(uniqueid, queue, agent.getQueueInterface(), "Agent01", 5);

            assertThat(cases.get(handoff.getId()).getAssigneeId()).isEqualTo(other.getId());
            assertThat(cases.timeline(handoff.getId())).extracting(CaseEvent::getKind).contains(QueueCalls.ANSWERED);
        }

        @Test
        void anAbandonedCallIsOnTheCaseTimeline() {
            queueCalls.joined(uniqueid, queue, "13800000001");
            queueCalls.abandoned(uniqueid, queue, 75);

            assertThat(queueCalls.find(uniqueid).orElseThrow().getOutcome()).isEqualTo(QueueCallOutcome.ABANDONED);
            assertThat(lastEvent(handoff.getId()).getKind()).isEqualTo(QueueCalls.ABANDONED);
            assertThat(cases.get(handoff.getId()).getStatus()).isEqualTo(CaseStatus.OPEN);
        }
    }

    @Nested
    class ACallTheIvrNeverSaw {

        @Test
        void stillGetsARowFromTheQueueEvents() {
            String uniqueid = newUniqueid();
            queueCalls.joined(uniqueid, queue, "13900000002");
            queueCalls.answered(uniqueid, queue, "Local/unknown@agents/n", agent.getUsername(), 3);

            QueueCall call = queueCalls.find(uniqueid).orElseThrow();
            assertThat(call.getCaseId()).isNull();
            assertThat(call.getCallerNumber()).isEqualTo("13900000002");
            assertThat(call.getAgentId()).as("found by member name").isEqualTo(agent.getId());
            assertThat(published.stream(QueueCallAnswered.class)).singleElement()
                    .satisfies(e -> assertThat(e.caseId()).isNull());
        }

        @Test
        void anAnswerWithoutAJoinStillCountsForItsQueue() {
            String uniqueid = newUniqueid();
            queueCalls.answered(uniqueid, queue, "Local/nobody@agents/n", "Nobody", 4);

            QueueCall call = queueCalls.find(uniqueid).orElseThrow();
            assertThat(call.getQueueName()).isEqualTo(queue);
            assertThat(call.getAgentId()).isNull();
            assertThat(call.getOutcome()).isEqualTo(QueueCallOutcome.ANSWERED);
        }
    }

    @Nested
    class AnswerTimeFigures {

        @Test
        void sharesAnsweredWithinOneAndThreeMinutesOfAllCallsWhoseWaitEnded() {
            clock.advance(Duration.ofDays(3000)); // a window no other test's calls fall into
            Instant from = clock.instant();
            int[] answeredAfter = {5, 30, 60, 61, 150, 180, 240};
            for (int wait : answeredAfter) {
                String id = newUniqueid();
                queueCalls.joined(id, queue, "13800000001");
                queueCalls.answered(id, queue, agent.getQueueInterface(), "Agent01", wait);
            }
            String gaveUp = newUniqueid();
            queueCalls.joined(gaveUp, queue, "13800000001");
            queueCalls.abandoned(gaveUp, queue, 90);
            String timedOut = newUniqueid(); // Queue() gave up: QueueCallerLeave and nothing after it
            queueCalls.joined(timedOut, queue, "13800000001");
            queueCalls.left(timedOut, queue);
            String stillWaiting = newUniqueid();
            queueCalls.joined(stillWaiting, queue, "13800000001");
            String otherQueue = queue + "-b";
            String elsewhere = newUniqueid();
            queueCalls.joined(elsewhere, otherQueue, "13800000001");
            queueCalls.answered(elsewhere, otherQueue, agent.getQueueInterface(), "Agent01", 10);
            clock.advance(Duration.ofMinutes(1));

            AnswerTimes times = queueCalls.answerTimes(from, clock.instant());

            AnswerTimes.Figures ours = times.byQueue().get(queue);
            assertThat(ours.offered()).isEqualTo(10);
            assertThat(ours.waiting()).isEqualTo(1);
            assertThat(queueCalls.find(timedOut)).hasValueSatisfying(
                    c -> assertThat(c.getOutcome()).isEqualTo(QueueCallOutcome.LEFT));
            assertThat(ours.answered()).isEqualTo(7);
            assertThat(ours.abandoned()).isEqualTo(1);
            assertThat(ours.answeredWithin60s()).isEqualTo(3);
            assertThat(ours.answeredWithin180s()).isEqualTo(6);
            assertThat(ours.shareWithin60s()).isCloseTo(3.0 / 9, within(1e-9));
            assertThat(ours.shareWithin180s()).isCloseTo(6.0 / 9, within(1e-9));
            assertThat(ours.averageWaitSeconds()).isCloseTo((5 + 30 + 60 + 61 + 150 + 180 + 240) / 7.0, within(1e-9));
            assertThat(ours.p90WaitSeconds()).isEqualTo(240);
            assertThat(times.byQueue().get(otherQueue).shareWithin60s()).isEqualTo(1.0);
            // Overall is every queue together (other runs on the same database may share the window).
            assertThat(times.overall().offered())
                    .isEqualTo(times.byQueue().values().stream().mapToLong(AnswerTimes.Figures::offered).sum());
            assertThat(times.overall().answeredWithin60s()).isEqualTo(
                    times.byQueue().values().stream().mapToLong(AnswerTimes.Figures::answeredWithin60s).sum());
        }

        @Test
        void callsOutsideTheWindowAreNotCounted() {
            clock.advance(Duration.ofDays(3100));
            String before = newUniqueid();
            queueCalls.joined(before, queue, "13800000001");
            clock.advance(Duration.ofHours(1));
            Instant from = clock.instant();

            AnswerTimes times = queueCalls.answerTimes(from, from.plus(Duration.ofHours(1)));

            assertThat(times.byQueue()).doesNotContainKey(queue);
            assertThat(times.overall().shareWithin60s()).isNull();
        }
    }

    private CaseEvent lastEvent(Long caseId) {
        List<CaseEvent> timeline = cases.timeline(caseId);
        return timeline.get(timeline.size() - 1);
    }

    private static String newUniqueid() {
        return "1795374497." + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
