package cn.yinling.hotline.cases.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.emergency.EmergencyEscalations.Raised;
import cn.yinling.hotline.cases.support.Race;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The escalation of an emergency nobody claims, on the clock the test moves: the supervisors after
 * a minute, everyone after three, each once, never after a claim; several nodes at once raise each
 * level once.
 */
class EmergencyEscalationsTest extends CasesSpringTest {

    @Autowired
    EmergencyEscalations escalations;
    @Autowired
    Cases cases;
    @Autowired
    AgentRepository agents;

    CareCase emergency;

    @BeforeEach
    void anElderReportsAFall() {
        emergency = cases.openEmergency(street.elderWithPolicy(community, "ANQING_FREE").elderId(), "我摔倒了起不来",
                Channel.VOICE, "bot");
    }

    @Nested
    class WhileNobodyClaimsIt {

        @Test
        void theSupervisorsAreAlertedAfterAMinuteAndNotBefore() {
            clock.advance(Duration.ofSeconds(59));
            assertThat(mine(escalations.escalateDue())).isEmpty();

            clock.advance(Duration.ofSeconds(1));
            assertThat(mine(escalations.escalateDue())).containsExactly(new Raised(emergency.getId(), Escalation.SUPERVISOR));
            assertThat(kinds()).containsExactly("OPENED", "ESCALATED_SUPERVISOR");
            assertThat(cases.get(emergency.getId()).getEscalationLevel()).isEqualTo(1);
        }

        @Test
        void everyoneIsAlertedAgainAfterThreeMinutes() {
            clock.advance(Duration.ofSeconds(60));
            escalations.escalateDue();
            clock.advance(Duration.ofSeconds(119));
            assertThat(mine(escalations.escalateDue())).isEmpty();

            clock.advance(Duration.ofSeconds(1));
            assertThat(mine(escalations.escalateDue())).containsExactly(new Raised(emergency.getId(), Escalation.EVERYONE));
            assertThat(kinds()).containsExactly("OPENED", "ESCALATED_SUPERVISOR", "ESCALATED_ALL");
            assertThat(cases.timeline(emergency.getId()).get(2).getNote()).isEqualTo("紧急求助180秒仍无人领取，已再次提醒全体坐席和主管");
        }

        @Test
        void eachLevelIsRaisedOnceHoweverOftenTheTimerLooks() {
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofSeconds(30));
                escalations.escalateDue();
            }
            assertThat(kinds()).containsExactly("OPENED", "ESCALATED_SUPERVISOR", "ESCALATED_ALL");
        }

        @Test
        void aTimerThatWasAwayRaisesBothLevelsInOrder() {
            clock.advance(Duration.ofMinutes(10));

            assertThat(mine(escalations.escalateDue())).containsExactly(new Raised(emergency.getId(), Escalation.SUPERVISOR),
                    new Raised(emergency.getId(), Escalation.EVERYONE));
        }

        @Test
        void severalNodesLookingAtOnceRaiseEachLevelOnce() throws Exception {
            clock.advance(Duration.ofSeconds(60));
            List<Raised> raised = new CopyOnWriteArrayList<>();
            Race.race(4, i -> raised.addAll(mine(escalations.escalateDue())));
            clock.advance(Duration.ofSeconds(120));
            Race.race(4, i -> raised.addAll(mine(escalations.escalateDue())));

            assertThat(raised).containsExactly(new Raised(emergency.getId(), Escalation.SUPERVISOR),
                    new Raised(emergency.getId(), Escalation.EVERYONE));
            assertThat(kinds()).containsExactly("OPENED", "ESCALATED_SUPERVISOR", "ESCALATED_ALL");
        }
    }

    @Nested
    class OnceSomeoneClaimsIt {

        @Test
        void aClaimedEmergencyIsNeverEscalated() {
            clock.advance(Duration.ofSeconds(45));
            cases.claim(emergency.getId(), agent().getId(), "agent");
            clock.advance(Duration.ofMinutes(10));

            assertThat(mine(escalations.escalateDue())).isEmpty();
            assertThat(kinds()).containsExactly("OPENED", "CLAIMED");
        }

        @Test
        void aClaimAfterTheSupervisorsWereAlertedStopsTheSecondLevel() {
            clock.advance(Duration.ofSeconds(90));
            escalations.escalateDue();
            cases.claim(emergency.getId(), agent().getId(), "agent");
            clock.advance(Duration.ofMinutes(5));

            assertThat(mine(escalations.escalateDue())).isEmpty();
            assertThat(kinds()).containsExactly("OPENED", "ESCALATED_SUPERVISOR", "CLAIMED");
        }

        @Test
        void aClosedEmergencyIsNeverEscalated() {
            cases.close(emergency.getId(), "FALSE_ALARM", "supervisor");
            clock.advance(Duration.ofMinutes(10));

            assertThat(mine(escalations.escalateDue())).isEmpty();
        }
    }

    @Test
    void otherCasesAtEmergencyPriorityAreNotTimedFromTheirOpening() {
        CareCase handoff = cases.openHandoff(street.elderWithPolicy(community, "ANQING_FREE").elderId(), "转人工",
                Priority.EMERGENCY, Channel.VOICE, "bot");
        clock.advance(Duration.ofMinutes(10));

        assertThat(escalations.escalateDue()).noneMatch(r -> r.caseId() == handoff.getId());
    }

    private Agent agent() {
        return agents.save(new Agent("esc-" + community, "坐席", "x", AgentRole.AGENT, null));
    }

    private List<Raised> mine(List<Raised> raised) {
        return raised.stream().filter(r -> r.caseId() == emergency.getId()).toList();
    }

    private List<String> kinds() {
        return cases.timeline(emergency.getId()).stream().map(CaseEvent::getKind).toList();
    }
}
