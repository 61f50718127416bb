package cn.yinling.hotline.console.presence;

import static cn.yinling.hotline.cases.agent.AgentState.AVAILABLE;
import static cn.yinling.hotline.cases.agent.AgentState.AWAY;
import static cn.yinling.hotline.cases.agent.AgentState.BUSY;
import static cn.yinling.hotline.cases.agent.AgentState.ENGAGED;
import static cn.yinling.hotline.cases.agent.AgentState.OFFLINE;
import static cn.yinling.hotline.cases.agent.AgentState.WRAP_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.agent.AgentState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PresenceRulesTest {

    private final PresenceRules rules = new PresenceRules(Duration.ofMinutes(2));

    private Optional<AgentState> after(AgentState from, PresenceCause cause, boolean holds) {
        return rules.next(from, cause, null, holds);
    }

    @ParameterizedTest
    @EnumSource(value = AgentState.class, names = "OFFLINE", mode = EnumSource.Mode.EXCLUDE)
    void signingOutFromAnyStateIsOffline(AgentState from) {
        assertThat(after(from, PresenceCause.SIGNED_OUT, true)).contains(OFFLINE);
    }

    @Nested
    class SigningIn {

        @Test
        void fromOfflineIsAvailable() {
            assertThat(after(OFFLINE, PresenceCause.SIGNED_IN, false)).contains(AVAILABLE);
        }

        @Test
        void fromOfflineWhileStillHoldingAChatIsEngaged() {
            assertThat(after(OFFLINE, PresenceCause.SIGNED_IN, true)).contains(ENGAGED);
        }

        @Test
        void inASecondBrowserChangesNothing() {
            assertThat(after(WRAP_UP, PresenceCause.SIGNED_IN, false)).isEmpty();
            assertThat(after(BUSY, PresenceCause.SIGNED_IN, false)).isEmpty();
        }
    }

    @Nested
    class TakingAndEndingContacts {

        @Test
        void takingACallFromAvailableBusyAwayOrWrapUpIsEngaged() {
            for (AgentState from : new AgentState[] {AVAILABLE, BUSY, AWAY, WRAP_UP}) {
                assertThat(after(from, PresenceCause.CONTACT, false)).as(from.name()).contains(ENGAGED);
            }
        }

        @Test
        void aCaseAssignedToASignedOutAgentLeavesThemOffline() {
            assertThat(after(OFFLINE, PresenceCause.CONTACT, false)).isEmpty();
        }

        @Test
        void closingTheLastContactStartsAfterCallWork() {
            assertThat(after(ENGAGED, PresenceCause.CONTACT_ENDED, false)).contains(WRAP_UP);
        }

        @Test
        void closingOneOfTwoChatsKeepsTheAgentEngaged() {
            assertThat(after(ENGAGED, PresenceCause.CONTACT_ENDED, true)).isEmpty();
        }

        @Test
        void anAgentWhoChoseBusyMeanwhileStaysBusyWhenTheContactEnds() {
            assertThat(after(BUSY, PresenceCause.CONTACT_ENDED, false)).isEmpty();
        }
    }

    @Nested
    class Choosing {

        @Test
        void anyChoosableStateIsTaken() {
            assertThat(rules.next(WRAP_UP, PresenceCause.CHOSEN, AVAILABLE, false)).contains(AVAILABLE);
            assertThat(rules.next(ENGAGED, PresenceCause.CHOSEN, AWAY, true)).contains(AWAY);
        }

        @Test
        void availableWhileHoldingACallStaysEngaged() {
            assertThat(rules.next(ENGAGED, PresenceCause.CHOSEN, AVAILABLE, true)).isEmpty();
            assertThat(rules.next(BUSY, PresenceCause.CHOSEN, AVAILABLE, true)).contains(ENGAGED);
        }

        @Test
        void theSameStateAgainIsNoChange() {
            assertThat(rules.next(BUSY, PresenceCause.CHOSEN, BUSY, false)).isEmpty();
        }

        @Test
        void engagedWrapUpAndOfflineCannotBeChosen() {
            for (AgentState s : new AgentState[] {ENGAGED, WRAP_UP, OFFLINE}) {
                assertThatThrownBy(() -> rules.next(AVAILABLE, PresenceCause.CHOSEN, s, false))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Nested
    class AfterCallWork {

        private final Instant began = Instant.parse("2026-03-02T01:00:00Z");

        @Test
        void endsAfterItsLongestTime() {
            assertThat(rules.wrapUpOver(began, began.plusSeconds(119))).isFalse();
            assertThat(rules.wrapUpOver(began, began.plusSeconds(120))).isTrue();
        }

        @Test
        void itsEndMakesTheAgentAvailableOnlyFromWrapUp() {
            assertThat(after(WRAP_UP, PresenceCause.WRAP_UP_OVER, false)).contains(AVAILABLE);
            assertThat(after(AWAY, PresenceCause.WRAP_UP_OVER, false)).isEmpty();
        }
    }
}
