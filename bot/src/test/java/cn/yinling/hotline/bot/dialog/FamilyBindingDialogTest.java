package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.elder.FamilyContact;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Family binding over WeChat, through the real engine, NLU and case database. */
class FamilyBindingDialogTest extends DialogTest {

    @Autowired
    FamilyBindings bindings;

    private Reply wechat(String openid, String text) {
        return engine.handle(Inbound.text(Channel.WECHAT, openid, text));
    }

    private String openid() {
        return "openid-" + community;
    }

    private BindingRequest awaitingApproval(String openid) {
        return bindings.awaitingApproval().stream().filter(r -> r.getOpenid().equals(openid)).findFirst().orElseThrow();
    }

    /** Binds directly through the domain service, as an earlier conversation would have. */
    private void bound(String openid, String phone) {
        Elder e = elderOf(phone);
        BindingRequest r = bindings.start(openid, phone, e.idNumber().lastFour(), "儿子", true);
        bindings.enterCode(openid, bindings.approve(r.getId(), "李娜").value());
    }

    @Nested
    class Binding {

        @Test
        void aNewFollowerIsGreetedAndInvitedToBind() {
            Reply hello = engine.handle(Inbound.event(Channel.WECHAT, openid(), InputKind.START));
            assertThat(hello.text()).contains("银铃热线").contains("发送“绑定”");
        }

        @Test
        void anUnboundMemberAskingForTheBalanceIsGuidedThroughBindingAndAnsweredAfterTheAgentApproves() {
            String phone = elderWithPhone("ANQING_FREE");
            String openid = openid();

            assertThat(wechat(openid, "查一下补贴余额").text()).contains("绑定").contains("电话号码")
                    .doesNotContain("20小时");
            assertThat(wechat(openid, phone).text()).contains("最后四位");
            Reply relation = wechat(openid, elderOf(phone).idNumber().lastFour());
            assertThat(relation.options()).extracting(Option::label).containsExactly("儿子", "女儿", "其他亲属");
            Reply consent = wechat(openid, "2");
            assertThat(consent.text()).contains("通知");
            assertThat(consent.options()).extracting(Option::label).containsExactly("是", "否");
            assertThat(wechat(openid, "是").text()).contains("工作人员").contains("验证码");
            assertThat(wechat(openid, "123456").text()).as("before approval").contains("还没有确认");

            String code = bindings.approve(awaitingApproval(openid).getId(), "李娜").value();
            Reply done = wechat(openid, code);

            assertThat(done.text()).contains("绑定成功").contains("王阿姨").contains("20小时");
            assertThat(bindings.boundTo(openid)).singleElement().satisfies(f -> {
                assertThat(f.getRelation()).isEqualTo("女儿");
                assertThat(f.isNotifyConsent()).isTrue();
                assertThat(f.getElderId()).isEqualTo(elderOf(phone).getId());
            });
            assertThat(wechat(openid, "我妈这个月还剩多少小时").text()).contains("20小时");
        }

        @Test
        void sayingBindStartsBindingAndACodeIsAcceptedEvenInALaterConversation() {
            String phone = elderWithPhone("ANQING_FREE");
            String openid = openid();
            assertThat(wechat(openid, "我要绑定老人").text()).contains("电话号码");
            wechat(openid, phone);
            wechat(openid, elderOf(phone).idNumber().lastFour());
            wechat(openid, "其他亲属");
            wechat(openid, "否");
            String code = bindings.approve(awaitingApproval(openid).getId(), "周强").value();
            engine.handle(Inbound.event(Channel.WECHAT, openid, InputKind.HANGUP));

            assertThat(wechat(openid, code).text()).contains("绑定成功");
            assertThat(bindings.boundTo(openid)).singleElement().satisfies(f -> {
                assertThat(f.getRelation()).isEqualTo("其他亲属");
                assertThat(f.isNotifyConsent()).isFalse();
            });
        }

        @Test
        void aWrongCodeIsCountedAndTheRightOneStillBinds() {
            String phone = elderWithPhone("ANQING_FREE");
            String openid = openid();
            wechat(openid, "绑定");
            wechat(openid, phone);
            wechat(openid, elderOf(phone).idNumber().lastFour());
            wechat(openid, "1");
            wechat(openid, "1");
            String code = bindings.approve(awaitingApproval(openid).getId(), "李娜").value();
            String wrong = code.equals("000000") ? "111111" : "000000";
            assertThat(wechat(openid, wrong).text()).contains("验证码不对").contains("4次");
            assertThat(wechat(openid, code).text()).contains("绑定成功");
        }
    }

    @Nested
    class WrongAnswers {

        @Test
        void wrongPhonesAndIdDigitsAreCountedAndTheFifthLocksTheSender() {
            String phone = elderWithPhone("ANQING_FREE");
            String lastFour = elderOf(phone).idNumber().lastFour();
            String wrongFour = lastFour.equals("0000") ? "1111" : "0000";
            String openid = openid();
            wechat(openid, "绑定");
            assertThat(wechat(openid, "13011112222").text()).as("not told whether the number is registered")
                    .contains("后四位");
            assertThat(wechat(openid, wrongFour).text()).contains("电话号码或身份证后四位不对").contains("4次");
            wechat(openid, phone);
            assertThat(wechat(openid, wrongFour).text()).contains("电话号码或身份证后四位不对").contains("3次");
            assertThat(wechat(openid, "12").text()).contains("不像是一个电话号码").contains("2次");
            wechat(openid, phone);
            assertThat(wechat(openid, wrongFour).text()).contains("1次");
            wechat(openid, phone);
            assertThat(wechat(openid, wrongFour).text()).contains("错误次数太多");

            wechat(openid, "绑定");
            assertThat(wechat(openid, phone).text()).as("the right phone is not checked while locked")
                    .contains("错误次数太多");
            assertThat(bindings.boundTo(openid)).isEmpty();
        }
    }

    @Nested
    class Access {

        @Test
        void anUnboundMemberCannotCheckTheBalance() {
            elderWithPhone("ANQING_FREE");
            Reply r = wechat(openid(), "查一下补贴余额");
            assertThat(r.text()).contains("绑定").doesNotContain("小时");
        }

        @Test
        void aBoundMemberCanCheckTheBalance() {
            String phone = elderWithPhone("ANQING_FREE");
            String openid = openid();
            bound(openid, phone);
            Reply r = wechat(openid, "查一下补贴余额");
            assertThat(r.text()).contains(elderOf(phone).getFullName() + "本月还有20小时")
                    .as("it is the elder's subsidy, not the family member's").doesNotContain("您本月");
        }

        @Test
        void aBoundMemberAskingForBookingsIsToldWhoseThereAre() {
            String phone = elderWithPhone("ANQING_FREE");
            String openid = openid();
            bound(openid, phone);
            String name = elderOf(phone).getFullName();
            assertThat(wechat(openid, "查询我的预约").text()).startsWith(name + "现在没有预约");

            call(phone); // the elder books by phone
            say(phone, "我想约明天上午九点打扫卫生");
            press(phone, "1");

            assertThat(wechat(openid, "查询我的预约").text()).startsWith(name + "有1个预约").doesNotContain("您有");
            assertThat(say(phone, "查一下我的预约").text()).as("the elder on the phone is still 您").contains("您有1个预约");
        }

        @Test
        void aMemberBoundToSeveralEldersIsAskedWhichOne() {
            String mother = elderWithPhone("ANQING_FREE");
            String father = elderWithPhone(null);
            String openid = openid();
            bound(openid, mother);
            bound(openid, father);

            Reply which = wechat(openid, "查一下补贴余额");
            assertThat(which.text()).contains("哪一位");
            assertThat(which.options()).hasSize(2);
            int motherKey = bindings.boundTo(openid).stream().map(FamilyContact::getElderId).toList()
                    .indexOf(elderOf(mother).getId()) + 1;
            assertThat(wechat(openid, String.valueOf(motherKey)).text()).contains("还有20小时");
        }

        @Test
        void anUnboundMemberHasNoBalanceAfterUnbinding() {
            String phone = elderWithPhone("ANQING_FREE");
            String openid = openid();
            bound(openid, phone);
            assertThat(wechat(openid, "解除绑定").text()).contains("已解除");
            assertThat(bindings.boundTo(openid)).isEmpty();
            engine.handle(Inbound.event(Channel.WECHAT, openid, InputKind.HANGUP));
            assertThat(wechat(openid, "查一下补贴余额").text()).contains("绑定").doesNotContain("小时");
        }
    }
}
