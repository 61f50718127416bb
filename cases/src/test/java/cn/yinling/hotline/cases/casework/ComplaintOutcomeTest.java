package cn.yinling.hotline.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A complaint is investigated step by step, answered with a finding and a remedy, and only then closed. */
class ComplaintOutcomeTest extends CasesSpringTest {

    @Autowired
    Cases cases;

    CareCase complaint;

    @BeforeEach
    void aLateWorkerComplaint() {
        Elder e = street.elderWithPolicy(community, null);
        complaint = cases.openComplaint(new ComplaintRequest(e.elderId(), ComplaintType.LATE, Severity.NORMAL,
                "阿姨迟到了一个小时", null, null, Channel.VOICE, "bot"));
    }

    @Test
    void investigationStepsStayOnTheTimelineInOrder() {
        cases.recordInvestigation(complaint.getId(), "agent1", "已致电服务商核实");
        clock.advance(Duration.ofHours(2));
        cases.recordInvestigation(complaint.getId(), "agent1", "服务人员承认迟到");
        assertThat(cases.timeline(complaint.getId())).filteredOn(ev -> ev.getKind().equals("INVESTIGATION"))
                .extracting(CaseEvent::getNote).containsExactly("已致电服务商核实", "服务人员承认迟到");
        assertThatThrownBy(() -> cases.recordInvestigation(complaint.getId(), "agent1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUpheldComplaintNeedsARemedyAndTheFindingIsKept() {
        assertThatThrownBy(() -> cases.recordOutcome(complaint.getId(), ComplaintOutcome.UPHELD, " ", "agent1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remedy");
        cases.recordOutcome(complaint.getId(), ComplaintOutcome.PARTLY_UPHELD, "补做一次保洁", "agent1");
        CareCase c = cases.get(complaint.getId());
        assertThat(c.getComplaintOutcome()).isEqualTo(ComplaintOutcome.PARTLY_UPHELD);
        assertThat(c.getComplaintRemedy()).isEqualTo("补做一次保洁");
        assertThat(c.getOutcomeAt()).isEqualTo(clock.instant());
        assertThat(cases.timeline(complaint.getId())).anySatisfy(ev -> {
            assertThat(ev.getKind()).isEqualTo("FOUND_PARTLY_UPHELD");
            assertThat(ev.getNote()).isEqualTo("补做一次保洁");
        });
    }

    @Test
    void aNotUpheldComplaintNeedsNoRemedy() {
        cases.recordOutcome(complaint.getId(), ComplaintOutcome.NOT_UPHELD, null, "agent1");
        assertThat(cases.get(complaint.getId()).getComplaintRemedy()).isNull();
    }

    @Test
    void aComplaintClosesOnlyAfterItsOutcome() {
        assertThatThrownBy(() -> cases.close(complaint.getId(), "COMPLAINT_RECORDED", "agent1"))
                .isInstanceOf(ComplaintOutcomeMissingException.class);
        assertThat(cases.get(complaint.getId()).getStatus()).isEqualTo(CaseStatus.OPEN);
        cases.recordOutcome(complaint.getId(), ComplaintOutcome.UPHELD, "退还本次服务的补贴小时", "agent1");
        cases.close(complaint.getId(), "COMPLAINT_RECORDED", "agent1");
        assertThat(cases.get(complaint.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void onlyAnOpenComplaintTakesAnInvestigationOrOutcome() {
        CareCase handoff = cases.openHandoff(null, "咨询", Priority.NORMAL, Channel.WEB, "bot");
        assertThatThrownBy(() -> cases.recordInvestigation(handoff.getId(), "agent1", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a complaint");
        cases.recordOutcome(complaint.getId(), ComplaintOutcome.NOT_UPHELD, null, "agent1");
        cases.close(complaint.getId(), "COMPLAINT_RECORDED", "agent1");
        assertThatThrownBy(() -> cases.recordOutcome(complaint.getId(), ComplaintOutcome.UPHELD, "x", "agent1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
