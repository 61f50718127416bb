package cn.yinling.hotline.cases.callback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Callbacks keep the caller's place in the line, are dialled by one node at a time, and end as the policy says. */
class CallbacksTest extends CasesSpringTest {

    private static final String PHONE = "13733330000";

    @Autowired
    Callbacks callbacks;
    @Autowired
    Cases cases;

    Elder elder;

    @BeforeEach
    void anElderAndAnEmptyLine() {
        for (Callback c : callbacks.open()) {
            if (c.getState() == CallbackState.DIALING) {
                callbacks.notPlaced(c.callbackId());
            }
            if (c.getState() != CallbackState.ANSWERED) {
                callbacks.cancel(c.callbackId(), "test");
            }
        }
        elder = street.elderWithPolicy(community, "ANQING_FREE");
    }

    @Nested
    class Requesting {

        @Test
        void aSecondRequestForTheSameCaseKeepsTheFirst() {
            CareCase c = handoff();
            CallbackId first = callbacks.request(c.caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            assertThat(callbacks.request(c.caseId(), elder.elderId(), PHONE, Priority.HIGH, null)).isEqualTo(first);
        }

        @Test
        void onlyAPlainNumberCanBeCalledBack() {
            assertThat(Callbacks.isDiallable("13800000001")).isTrue();
            assertThat(Callbacks.isDiallable("anonymous-1795374344.1")).isFalse();
            assertThat(Callbacks.isDiallable("1380000&PJSIP/x")).isFalse();
        }

        @Test
        void aChosenTimeIsNotDueBeforeIt() {
            CallbackId id = callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH,
                    clock.instant().plus(Duration.ofHours(1)));
            assertThat(callbacks.claimAtFront(front(1, 1), "n1")).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(callbacks.claimAtFront(front(1, 1), "n1")).extracting(DueCallback::id).containsExactly(id);
        }
    }

    @Nested
    class TheFrontOfTheLine {

        @Test
        void aCallerWaitingSinceBeforeTheRequestGoesFirst() {
            CallbackId id = callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            Instant asked = clock.instant();
            QueueFront before = new QueueFront(List.of(new QueueFront.Waiting("u1", asked.minusSeconds(5))), 0, 1);
            QueueFront after = new QueueFront(List.of(new QueueFront.Waiting("u2", asked.plusSeconds(5))), 0, 1);
            assertThat(callbacks.claimAtFront(before, "n1")).isEmpty();
            assertThat(callbacks.claimAtFront(after, "n1")).extracting(DueCallback::id).containsExactly(id);
        }

        @Test
        void withNoAgentFreeOnlyTheNextInLineIsCalled() {
            CallbackId first = callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            clock.advance(Duration.ofSeconds(10));
            callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            assertThat(callbacks.claimAtFront(front(0, 2), "n1")).extracting(DueCallback::id).containsExactly(first);
            assertThat(callbacks.claimAtFront(front(0, 2), "n2")).as("the first is still ringing").isEmpty();
        }

        @Test
        void twoFreeAgentsTakeTwoCallbacksAtOnce() {
            callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            assertThat(callbacks.claimAtFront(front(2, 2), "n1")).hasSize(2);
        }

        @Test
        void nobodyIsCalledWhenNoAgentIsOnDuty() {
            callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            assertThat(callbacks.claimAtFront(front(0, 0), "n1")).isEmpty();
        }

        @Test
        void closingTheCaseCancelsItsWaitingCallback() {
            CareCase c = handoff();
            CallbackId id = callbacks.request(c.caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            cases.close(c.getId(), "RESOLVED_BY_PHONE", "agent");
            assertThat(callbacks.find(id).orElseThrow().getState()).isEqualTo(CallbackState.CANCELLED);
            assertThat(callbacks.claimAtFront(front(1, 1), "n1")).isEmpty();
        }
    }

    @Nested
    class Ending {

        @Test
        void aCallThatWasNeverPlacedUsesUpNoTry() {
            CallbackId id = callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            callbacks.claimAtFront(front(1, 1), "n1");
            callbacks.notPlaced(id);
            Callback c = callbacks.find(id).orElseThrow();
            assertThat(c.getState()).isEqualTo(CallbackState.REQUESTED);
            assertThat(c.getAttempts()).isZero();
        }

        @Test
        void aRingingCallbackCannotBeCancelled() {
            CallbackId id = callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            callbacks.claimAtFront(front(1, 1), "n1");
            assertThat(callbacks.cancel(id, "agent1")).isFalse();
            assertThat(callbacks.find(id).orElseThrow().getState()).isEqualTo(CallbackState.DIALING);
        }

        @Test
        void aCallbackLeftRingingByAStoppedNodeCountsAsUnanswered() {
            CallbackId id = callbacks.request(handoff().caseId(), elder.elderId(), PHONE, Priority.HIGH, null);
            callbacks.claimAtFront(front(1, 1), "n1");
            clock.advance(Duration.ofMinutes(4));
            assertThat(callbacks.releaseStale()).isEqualTo(1);
            Callback c = callbacks.find(id).orElseThrow();
            assertThat(c.getState()).isEqualTo(CallbackState.REQUESTED);
            assertThat(c.getAttempts()).isEqualTo(1);
            assertThat(c.getDueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        }
    }

    private CareCase handoff() {
        return cases.openHandoff(elder.elderId(), "转人工", Priority.HIGH, Channel.VOICE, "test");
    }

    private static QueueFront front(int free, int onDuty) {
        return new QueueFront(List.of(), free, onDuty);
    }
}
