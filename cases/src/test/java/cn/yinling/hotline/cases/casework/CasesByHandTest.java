package cn.yinling.hotline.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case an agent opens by hand (新建案件) for a direct call, a visitor or a call they make: held by
 * them from the start, first on its timeline as 坐席手工创建, due as its kind is, under the same rules
 * as every case.
 */
class CasesByHandTest extends CasesSpringTest {

    @Autowired
    Cases cases;
    @Autowired
    AgentRepository agents;

    Agent agent;
    Elder elder;

    @BeforeEach
    void anAgentAndAnElder() {
        agent = agents.save(new Agent("byhand-" + community, "手工坐席", "x", AgentRole.AGENT, null));
        elder = street.elderWithPolicy(community, null);
    }

    @Test
    void theCaseIsHeldByTheAgentWhoOpenedItWithTheirNoteFirstOnTheTimeline() {
        CareCase c = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.INCOMING_CALL, CaseType.ENQUIRY,
                null, null, "  老人问助浴怎么预约，手机13812345678  ", agent.getId(), agent.getUsername()));

        CareCase stored = cases.get(c.getId());
        assertThat(stored.getStatus()).isEqualTo(CaseStatus.CLAIMED);
        assertThat(stored.getAssigneeId()).isEqualTo(agent.getId());
        assertThat(stored.getContactWay()).isEqualTo(ContactWay.INCOMING_CALL);
        assertThat(stored.getChannel()).isEqualTo(Channel.VOICE);
        assertThat(stored.priority()).isEqualTo(Priority.NORMAL);
        assertThat(stored.getDueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15))); // as a hand-over
        assertThat(stored.getSubject()).isEqualTo("老人问助浴怎么预约，手机138****5678");
        assertThat(cases.timeline(c.getId())).singleElement().satisfies(ev -> {
            assertThat(ev.getKind()).isEqualTo(Cases.OPENED_BY_AGENT);
            assertThat(ev.getActor()).isEqualTo(agent.getUsername());
            assertThat(ev.getNote()).isEqualTo("老人问助浴怎么预约，手机138****5678");
        });
        assertThat(cases.claim(c.getId(), agent.getId() + 1000, "someone-else").claimed()).isFalse();
    }

    @Test
    void anUnregisteredCallersNumberIsKeptNormalisedAndAWrongOneRefused() {
        CareCase c = cases.openByHand(new ManualCase(null, "+86 139-0000-1234", ContactWay.OUTGOING_CALL,
                CaseType.ENQUIRY, null, null, "回拨", agent.getId(), agent.getUsername()));
        assertThat(cases.get(c.getId()).getCallerPhone()).isEqualTo("13900001234");
        assertThat(cases.get(c.getId()).getElderId()).isNull();

        assertThatThrownBy(() -> cases.openByHand(new ManualCase(null, "12ab", ContactWay.OUTGOING_CALL,
                CaseType.ENQUIRY, null, null, "回拨", agent.getId(), agent.getUsername())))
                .isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> new ManualCase(null, " ", ContactWay.OTHER, CaseType.ENQUIRY, null, null, "x",
                agent.getId(), agent.getUsername())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ManualCase(elder.elderId(), null, ContactWay.OTHER, CaseType.ENQUIRY, null, null, " ",
                agent.getId(), agent.getUsername())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ManualCase(elder.elderId(), null, ContactWay.OTHER, CaseType.DIALER_DOWN, null, null,
                "x", agent.getId(), agent.getUsername())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeriousComplaintIsUrgentAndDueAsOneAndKeepsItsKind() {
        CareCase c = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.WALK_IN, CaseType.COMPLAINT,
                ComplaintType.ATTITUDE, Severity.SERIOUS, "家属上门投诉护工态度", agent.getId(), agent.getUsername()));

        CareCase stored = cases.get(c.getId());
        assertThat(stored.priority()).isEqualTo(Priority.URGENT);
        assertThat(stored.getComplaintType()).isEqualTo(ComplaintType.ATTITUDE);
        assertThat(stored.getSeverity()).isEqualTo(Severity.SERIOUS);
        assertThat(stored.getChannel()).isEqualTo(Channel.CONSOLE);
        assertThat(stored.getDueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
        assertThatThrownBy(() -> cases.close(c.getId(), "COMPLAINT_RECORDED", agent.getUsername()))
                .isInstanceOf(ComplaintOutcomeMissingException.class);
    }

    @Test
    void anElderHasOneOpenEmergencySoASecondByHandNamesTheFirst() {
        CareCase first = cases.openEmergency(elder.elderId(), "我摔倒了", Channel.VOICE, "bot");

        assertThatThrownBy(() -> cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.INCOMING_CALL,
                CaseType.EMERGENCY, null, null, "邻居来电说老人摔倒", agent.getId(), agent.getUsername())))
                .isInstanceOfSatisfying(EmergencyAlreadyOpenException.class,
                        e -> assertThat(e.openCaseId()).isEqualTo(first.getId()));

        cases.close(first.getId(), "EMERGENCY_DISPATCHED", "agent");
        CareCase second = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.INCOMING_CALL,
                CaseType.EMERGENCY, null, null, "邻居来电说老人摔倒", agent.getId(), agent.getUsername()));
        assertThat(cases.get(second.getId()).priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(cases.unclaimedEmergencies()).extracting(CareCase::getId).doesNotContain(second.getId());
    }
}
