package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.application.ApplicantKind;
import cn.yinling.hotline.cases.application.ApplicationChannel;
import cn.yinling.hotline.cases.application.ReviewerRole;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "我的申请到哪一步了" on the phone and on WeChat, through the real engine, NLU and case database. */
class ApplicationStatusDialogTest extends DialogTest {

    @Autowired
    VoucherApplications applications;
    @Autowired
    FamilyBindings bindings;

    private long applied(String phone) {
        return applications.submit(elderOf(phone).elderId(), "ANQING_FREE", ApplicationChannel.PHONE, ApplicantKind.ELDER,
                null, null, "agent1", ReviewerRole.AGENT).getId();
    }

    @Test
    void theElderOnThePhoneHearsTheStepAndWhenItShouldBeDone() {
        String phone = elderWithPhone(null);
        long id = applied(phone);
        applications.pass(id, null, "agent1", ReviewerRole.AGENT); // community review from 3月2日, 10 days
        call(phone);
        Reply r = say(phone, "我的申请到哪一步了");
        assertThat(r.lines().get(0).text()).isEqualTo("您申请的安庆市无偿居家养老服务正在社区入户调查，预计3月12日(周四)前完成。");
        assertThat(r.lines().get(0).speech()).isEqualTo("您申请的补贴正在社区入户调查，预计三月十二日星期四前完成。");
    }

    @Test
    void aBoundFamilyMemberOnWechatHearsTheNoticeAndItsLastDay() {
        String phone = elderWithPhone(null);
        long id = applied(phone);
        applications.pass(id, null, "agent1", ReviewerRole.AGENT);
        applications.pass(id, "入户调查属实", "agent1", ReviewerRole.AGENT);
        Elder e = elderOf(phone);
        String openid = "openid-" + community;
        BindingRequest request = bindings.start(openid, phone, e.idNumber().lastFour(), "女儿", true);
        bindings.enterCode(openid, bindings.approve(request.getId(), "李娜").value());

        Reply r = engine.handle(Inbound.text(Channel.WECHAT, openid, "妈妈的申请进度怎么样？"));
        assertThat(r.text()).contains(e.getFullName() + "申请的安庆市无偿居家养老服务正在社区张榜公示，公示到3月8日(周日)。")
                .doesNotContain("您申请");
    }

    @Test
    void aDecisionIsToldWhenNothingIsOpen() {
        String phone = elderWithPhone(null);
        long id = applied(phone);
        applications.refuse(id, "有子女同住照料", "agent1", ReviewerRole.AGENT);
        call(phone);
        Reply refused = say(phone, "申请批下来了吗");
        assertThat(refused.lines().get(0).text()).isEqualTo("您申请的安庆市无偿居家养老服务没有通过，理由是：有子女同住照料。有疑问可以说“转人工”。");
        assertThat(refused.lines().get(0).speech()).doesNotContain("子女");

        long second = applied(phone);
        applications.pass(second, null, "agent1", ReviewerRole.AGENT);
        applications.pass(second, "属实", "agent1", ReviewerRole.AGENT);
        clock.advance(Duration.ofDays(7));
        applications.pass(second, null, "agent1", ReviewerRole.AGENT);
        applications.pass(second, null, "supervisor", ReviewerRole.SUPERVISOR);
        applications.approve(second, LocalDate.of(2026, 4, 1), null, "admin", ReviewerRole.ADMIN);
        Reply approved = say(phone, "我的申请有结果了吗");
        assertThat(approved.lines().get(0).text()).isEqualTo("您申请的安庆市无偿居家养老服务已经批准，从4月1日(周三)起享受。");
        assertThat(approved.lines().get(0).speech()).isEqualTo("您申请的补贴已经批准，从四月一日星期三起享受。");
    }

    @Test
    void anElderWithoutApplicationsIsToldHowToApply() {
        String phone = elderWithPhone(null);
        call(phone);
        Reply r = say(phone, "我的申请到哪一步了");
        assertThat(r.lines().get(0).speech()).isEqualTo("您现在没有补贴申请。需要申请的话，可以按0转人工办理。");
    }

    @Test
    void anUnknownCallerIsIdentifiedFirst() {
        String phone = elderWithPhone(null);
        long id = applied(phone);
        String other = "13912345678";
        engine.handle(Inbound.event(Channel.VOICE, other, InputKind.START));
        Reply r = say(other, "我的申请到哪一步了");
        assertThat(r.text()).doesNotContain("申请的").doesNotContain("入户");
        assertThat(applications.get(id).getState().name()).isEqualTo("SUBMITTED");
    }
}
