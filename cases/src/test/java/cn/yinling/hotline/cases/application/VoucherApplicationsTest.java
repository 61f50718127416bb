package cn.yinling.hotline.cases.application;

import static cn.yinling.hotline.cases.application.ApplicationState.APPROVED;
import static cn.yinling.hotline.cases.application.ApplicationState.COMMUNITY_REVIEW;
import static cn.yinling.hotline.cases.application.ApplicationState.DISTRICT_APPROVAL;
import static cn.yinling.hotline.cases.application.ApplicationState.PUBLIC_NOTICE;
import static cn.yinling.hotline.cases.application.ApplicationState.REFUSED;
import static cn.yinling.hotline.cases.application.ApplicationState.STREET_REVIEW;
import static cn.yinling.hotline.cases.application.ApplicationState.SUBMITTED;
import static cn.yinling.hotline.cases.application.ReviewerRole.ADMIN;
import static cn.yinling.hotline.cases.application.ReviewerRole.AGENT;
import static cn.yinling.hotline.cases.application.ReviewerRole.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VoucherApplicationsTest extends CasesSpringTest {

    @Autowired
    VoucherApplications applications;
    @Autowired
    cn.yinling.hotline.cases.policy.EligibilityRepository eligibilityRows;

    Elder elder;

    @BeforeEach
    void anElderWithoutPolicy() {
        elder = street.elder(street.household(community, Registration.URBAN), "李桂兰");
    }

    private VoucherApplication submitted() {
        return applications.submit(elder.elderId(), "ANQING_FREE", ApplicationChannel.PHONE, ApplicantKind.FAMILY,
                "李强（儿子）", "身份证、户口簿复印件", "agent1", AGENT);
    }

    private void days(int n) {
        clock.advance(Duration.ofDays(n));
    }

    @Test
    void theWholeWorkflowEnrolsTheElderFromTheApprovedDay() {
        VoucherApplication a = submitted();
        long id = a.getId();
        assertThat(a.getState()).isEqualTo(SUBMITTED);
        applications.pass(id, null, "agent1", AGENT);
        applications.pass(id, "入户调查：独居，行动不便，情况属实", "agent2", AGENT);
        VoucherApplication onNotice = applications.get(id);
        assertThat(onNotice.getState()).isEqualTo(PUBLIC_NOTICE);
        assertThat(onNotice.getNoticeEndsOn()).isEqualTo(LocalDate.of(2026, 3, 8)); // 7 days, the first being today

        days(6);
        assertThatThrownBy(() -> applications.pass(id, null, "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.NOTICE_RUNNING);
        days(1);
        applications.pass(id, null, "agent1", AGENT);
        assertThat(applications.get(id).getState()).isEqualTo(STREET_REVIEW);
        applications.pass(id, "街道审核同意", "supervisor", SUPERVISOR);
        assertThat(applications.get(id).getState()).isEqualTo(DISTRICT_APPROVAL);
        LocalDate from = LocalDate.of(2026, 4, 1);
        applications.approve(id, from, "区民政局审批通过", "admin", ADMIN);

        VoucherApplication done = applications.get(id);
        assertThat(done.getState()).isEqualTo(APPROVED);
        assertThat(done.getEnrolledFrom()).isEqualTo(from);
        assertThat(entitlements.coverageFor(elder.elderId(), from)).hasValueSatisfying(
                c -> assertThat(c.policy().getCode()).isEqualTo("ANQING_FREE"));
        assertThat(entitlements.coverageFor(elder.elderId(), from.minusDays(1))).isEmpty();
        assertThat(eligibilityRows.findByElderIdOrderById(elder.getId())).singleElement().satisfies(e -> {
            assertThat(e.getStartReason()).isEqualTo("补贴申请 #" + id + " 审批通过");
            assertThat(e.getStartedBy()).isEqualTo("admin");
        });
        assertThat(applications.history(id)).extracting(ApplicationStep::getToState)
                .containsExactly(SUBMITTED, COMMUNITY_REVIEW, PUBLIC_NOTICE, STREET_REVIEW, DISTRICT_APPROVAL, APPROVED);
        assertThat(applications.history(id).get(2).getNote()).isEqualTo("入户调查：独居，行动不便，情况属实");
        assertThat(applications.history(id).get(5)).satisfies(s -> {
            assertThat(s.getActor()).isEqualTo("admin");
            assertThat(s.getActorRole()).isEqualTo("ADMIN");
        });
    }

    @Test
    void anUpheldObjectionSendsItBackToTheVisitAndAnotherRefusesIt() {
        long id = submitted().getId();
        applications.pass(id, null, "agent1", AGENT);
        applications.pass(id, "情况属实", "agent1", AGENT);
        Objection first = applications.object(id, "邻居张某", "老人的儿子同住，并非独居", "agent1", AGENT);
        days(8);
        assertThatThrownBy(() -> applications.pass(id, null, "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.OPEN_OBJECTIONS);
        assertThatThrownBy(() -> applications.rule(id, first.getId(), ObjectionRuling.RETURNED, " ", "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.REASON_MISSING);
        applications.rule(id, first.getId(), ObjectionRuling.RETURNED, "需再次入户核实居住情况", "agent1", AGENT);
        assertThat(applications.get(id).getState()).isEqualTo(COMMUNITY_REVIEW);
        assertThat(applications.objections(id).get(0).getRuling()).isEqualTo(ObjectionRuling.RETURNED);

        applications.pass(id, "再次入户：儿子在外地工作，老人独居", "agent2", AGENT);
        Objection second = applications.object(id, "匿名", "老人有退休金", "agent1", AGENT);
        applications.rule(id, second.getId(), ObjectionRuling.REFUSED, "经核实收入超出标准", "agent1", AGENT);
        VoucherApplication refused = applications.get(id);
        assertThat(refused.getState()).isEqualTo(REFUSED);
        assertThat(refused.getRefusalReason()).isEqualTo("经核实收入超出标准");
        assertThat(entitlements.coverageFor(elder.elderId(), LocalDate.of(2026, 4, 1))).isEmpty();
    }

    @Test
    void aDismissedObjectionLetsTheNoticeEndAndMoveOn() {
        long id = submitted().getId();
        applications.pass(id, null, "agent1", AGENT);
        applications.pass(id, "情况属实", "agent1", AGENT);
        Objection o = applications.object(id, "王某", "有意见", "agent1", AGENT);
        applications.rule(id, o.getId(), ObjectionRuling.DISMISSED, null, "agent1", AGENT);
        assertThat(applications.get(id).getState()).isEqualTo(PUBLIC_NOTICE);
        assertThatThrownBy(() -> applications.rule(id, o.getId(), ObjectionRuling.REFUSED, "再议", "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.OBJECTION_RULED);
        days(7);
        applications.pass(id, null, "agent1", AGENT);
        assertThat(applications.get(id).getState()).isEqualTo(STREET_REVIEW);
    }

    @Test
    void refusalNeedsAReasonAndEndsTheApplication() {
        long id = submitted().getId();
        applications.pass(id, null, "agent1", AGENT);
        assertThatThrownBy(() -> applications.refuse(id, "  ", "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.REASON_MISSING);
        applications.refuse(id, "入户调查：不符合条件，有子女同住照料", "agent1", AGENT);
        assertThat(applications.get(id).getState()).isEqualTo(REFUSED);
        assertThat(applications.history(id)).last().satisfies(s -> {
            assertThat(s.getFromState()).isEqualTo(COMMUNITY_REVIEW);
            assertThat(s.getNote()).isEqualTo("入户调查：不符合条件，有子女同住照料");
        });
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        long id = submitted().getId();
        assertThatThrownBy(() -> applications.approve(id, LocalDate.of(2026, 4, 1), null, "admin", ADMIN))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ILLEGAL_TRANSITION);
        assertThatThrownBy(() -> applications.object(id, "张某", "异议", "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ILLEGAL_TRANSITION);
        applications.pass(id, null, "agent1", AGENT);
        assertThatThrownBy(() -> applications.pass(id, " ", "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.FINDINGS_MISSING);
        applications.refuse(id, "不符合条件", "agent1", AGENT);
        assertThatThrownBy(() -> applications.pass(id, "再来", "admin", ADMIN))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ILLEGAL_TRANSITION);
        assertThatThrownBy(() -> applications.refuse(id, "再拒", "admin", ADMIN))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ILLEGAL_TRANSITION);
        assertThat(applications.get(id).getState()).isEqualTo(REFUSED);
        assertThat(applications.history(id)).hasSize(3);
    }

    @Test
    void eachStepNeedsItsRoleOrAHigherOne() {
        long id = submitted().getId();
        applications.pass(id, null, "agent1", AGENT);
        applications.pass(id, "情况属实", "agent1", AGENT);
        days(7);
        applications.pass(id, null, "agent1", AGENT);
        // Street review: an agent may neither pass nor refuse it; a supervisor may.
        assertThatThrownBy(() -> applications.pass(id, null, "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ROLE_REQUIRED);
        assertThatThrownBy(() -> applications.refuse(id, "不同意", "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ROLE_REQUIRED);
        applications.pass(id, null, "supervisor", SUPERVISOR);
        // District approval: only an admin.
        assertThatThrownBy(() -> applications.approve(id, LocalDate.of(2026, 4, 1), null, "supervisor", SUPERVISOR))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.ROLE_REQUIRED);
        assertThat(applications.mayActOn(applications.get(id), SUPERVISOR)).isFalse();
        assertThat(applications.mayActOn(applications.get(id), ADMIN)).isTrue();
        assertThat(applications.get(id).getState()).isEqualTo(DISTRICT_APPROVAL);
        assertThat(entitlements.coverageFor(elder.elderId(), LocalDate.of(2026, 4, 1))).isEmpty();
    }

    @Test
    void aStepPastItsTimeLimitIsOverdue() {
        long id = submitted().getId(); // 3 days to take it in
        days(3);
        assertThat(applications.overdue(applications.get(id))).isFalse();
        days(1);
        assertThat(applications.overdue(applications.get(id))).isTrue();
        applications.pass(id, null, "agent1", AGENT);
        assertThat(applications.overdue(applications.get(id))).isFalse();
        applications.pass(id, "情况属实", "agent1", AGENT);
        // On notice: 7 days of notice, then 2 days to move on.
        days(8);
        assertThat(applications.overdue(applications.get(id))).isFalse();
        days(1);
        assertThat(applications.overdue(applications.get(id))).isTrue();
        assertThat(applications.inState(PUBLIC_NOTICE)).extracting(VoucherApplication::getId).contains(id);
    }

    @Test
    void anUnknownPolicyOrTooLongTextIsRefused() {
        assertThatThrownBy(() -> applications.submit(elder.elderId(), "NO_SUCH", ApplicationChannel.DESK, ApplicantKind.ELDER,
                null, null, "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.POLICY_UNKNOWN);
        assertThatThrownBy(() -> applications.submit(elder.elderId(), "ANQING_FREE", ApplicationChannel.DESK,
                ApplicantKind.ELDER, null, "证".repeat(501), "agent1", AGENT))
                .extracting(e -> ((ApplicationActionRefusedException) e).reason()).isEqualTo(ApplicationRefusal.TEXT_TOO_LONG);
        assertThat(applications.ofElder(elder.elderId())).isEmpty();
    }
}
