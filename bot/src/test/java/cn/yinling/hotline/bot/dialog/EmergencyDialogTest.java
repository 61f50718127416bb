package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An emergency said at any point goes to a person at once with priority 1 (#19): in the middle of
 * identification, a booking question, a complaint, a chat an agent has taken over, or WeChat
 * binding; a weak cue gets one short question whose yes goes to a person at once; a denial does not.
 */
class EmergencyDialogTest extends DialogTest {

    @Autowired
    Cases cases;
    @Autowired
    Bookings bookings;
    @Autowired
    AgentRepository agents;
    @Autowired
    AgentReplies agentReplies;

    private static void putThroughAtOnce(Reply r) {
        Action.Handover h = r.action(Action.Handover.class);
        assertThat(h).as("a hand-over in: " + r.text()).isNotNull();
        assertThat(h.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(r.has(Action.AlertContacts.class)).isTrue();
        assertThat(r.options()).isEmpty();
        assertThat(r.text()).contains("紧急救助");
    }

    private CareCase caseOf(Reply r) {
        return cases.get(r.action(Action.Handover.class).caseId());
    }

    private List<String> recognised(Reply r) {
        return cases.timeline(r.action(Action.Handover.class).caseId()).stream()
                .filter(e -> "RECOGNISED".equals(e.getKind())).map(CaseEvent::getNote).toList();
    }

    private Reply web(String session, String text) {
        return engine.handle(Inbound.text(Channel.WEB, session, text));
    }

    private Reply wechat(String openid, String text) {
        return engine.handle(Inbound.text(Channel.WECHAT, openid, text));
    }

    private static String newSender(String prefix) {
        return prefix + UUID.randomUUID();
    }

    @Nested
    class TheIssuesExamples {

        @Test
        void chestPainAloneInAWebChatGoesToAPerson() {
            String session = newSender("web-");
            engine.handle(Inbound.event(Channel.WEB, session, InputKind.START));
            Reply r = web(session, "胸口疼");
            putThroughAtOnce(r);
            assertThat(caseOf(r).getType()).isEqualTo(CaseType.EMERGENCY);
            assertThat(caseOf(r).getSubject()).isEqualTo("胸口疼");
        }

        @Test
        void breathlessnessSpokenOnThePhoneGoesToAPerson() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            Reply r = say(phone, "喘不上气");
            putThroughAtOnce(r);
            assertThat(caseOf(r).getElderId()).isEqualTo(elderOf(phone).getId());
        }

        @Test
        void theCaseSaysWhatWasRecognised() {
            String phone = elderWithPhone("ANQING_FREE");
            Reply r = say(phone, "胸口疼");
            assertThat(recognised(r)).singleElement().asString().contains("胸痛").contains("胸口疼");
        }
    }

    @Nested
    class SaidInTheMiddleOfSomethingElse {

        @Test
        void duringIdentification() {
            String unknown = "1399" + String.format("%07d", Math.floorMod(community.hashCode(), 10_000_000));
            call(unknown);
            assertThat(say(unknown, "我想预约助浴").text()).contains("电话号码");
            Reply r = say(unknown, "喘不上气");
            putThroughAtOnce(r);
            assertThat(caseOf(r).getElderId()).isNull();
        }

        @Test
        void duringABookingQuestion() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            assertThat(say(phone, "我想预约助浴").text()).contains("哪一天");
            Reply r = say(phone, "胸口疼");
            putThroughAtOnce(r);
            assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
        }

        @Test
        void duringAComplaint() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            Reply next = say(phone, "那个护工态度太差了，我要投诉");
            for (int i = 0; i < 3 && !next.text().contains("严重吗"); i++) {
                next = press(phone, next.options().get(next.options().size() - 1).key());
            }
            assertThat(next.text()).contains("严重吗");
            Reply r = say(phone, "我外婆昏过去了");
            putThroughAtOnce(r);
            assertThat(caseOf(r).getType()).isEqualTo(CaseType.EMERGENCY);
        }

        @Test
        void inAChatAnAgentHasTakenOver() {
            String session = newSender("takeover-");
            Long caseId = web(session, "我要找人工客服").action(Action.Handover.class).caseId();
            Long agentId = agents.save(new Agent("e-" + UUID.randomUUID().toString().substring(0, 30), "李娜", "x",
                    AgentRole.AGENT, null)).getId();
            assertThat(cases.claim(caseId, agentId, "agent:test").claimed()).isTrue();
            assertThat(web(session, "服务券过期了还能用吗").has(Action.WithAgent.class)).isTrue();

            Reply r = web(session, "胸口疼");
            putThroughAtOnce(r);
            assertThat(r.has(Action.WithAgent.class)).isFalse();
        }

        @Test
        void byAWechatSenderNotYetBound() {
            String openid = newSender("openid-");
            assertThat(wechat(openid, "查一下补贴余额").text()).contains("电话号码");
            Reply r = wechat(openid, "我妈走丢了，她有老年痴呆");
            putThroughAtOnce(r);
            assertThat(caseOf(r).getElderId()).isNull();
            assertThat(recognised(r)).singleElement().asString().contains("走失");
        }

        @Test
        void atTheEndOfAMessageTooLongToBeRead() {
            String session = newSender("web-");
            engine.handle(Inbound.event(Channel.WEB, session, InputKind.START));
            Reply r = web(session, "我跟你们说说我家的情况，".repeat(60) + "刚才我老伴突然昏过去了");
            putThroughAtOnce(r);
            assertThat(r.text()).doesNotContain("太长");
            assertThat(cases.timeline(caseOf(r).getId())).filteredOn(e -> "OPENED".equals(e.getKind())).singleElement()
                    .satisfies(e -> assertThat(e.getNote()).startsWith("…").endsWith("刚才我老伴突然昏过去了"));
        }

        @Test
        void afterSayingItIsNotWhatWasAsked() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            say(phone, "我想预约助浴");
            putThroughAtOnce(say(phone, "不是查余额，我老伴嘴歪了"));
        }

        @Test
        void inDialect() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            say(phone, "我想预约助浴");
            putThroughAtOnce(say(phone, "阿婆跌低咗，起唔嚟"));
        }
    }

    @Nested
    class AWeakCueGetsOneShortQuestion {

        @Test
        void inAChatOneGoesToAPersonAtOnce() {
            String session = newSender("web-");
            engine.handle(Inbound.event(Channel.WEB, session, InputKind.START));
            Reply asked = web(session, "我头好晕");
            assertThat(asked.text()).contains("您是说现在有危险吗？");
            assertThat(asked.options()).containsExactly(new Option("1", "需要帮助"));
            assertThat(asked.has(Action.Handover.class)).isFalse();

            Reply r = web(session, "1");
            putThroughAtOnce(r);
            assertThat(caseOf(r).getSubject()).isEqualTo("我头好晕");
            assertThat(recognised(r)).singleElement().asString().contains("疑似").contains("头好晕").contains("确认");
        }

        @Test
        void onThePhoneNineGoesToAPersonToo() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            assertThat(say(phone, "我有点喘").text()).contains("您是说现在有危险吗？");
            putThroughAtOnce(press(phone, "9"));
        }

        @Test
        void silenceAfterTheQuestionGoesToAPerson() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            assertThat(say(phone, "我不舒服").text()).contains("您是说现在有危险吗？");
            Reply r = engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.NO_INPUT));
            putThroughAtOnce(r);
            assertThat(recognised(r)).singleElement().asString().contains("没有回答");
        }

        @Test
        void aNoGoesBackToTheQuestionItInterrupted() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            Reply askDate = say(phone, "我想预约助浴");
            assertThat(askDate.text()).contains("哪一天");
            assertThat(say(phone, "我有点喘").text()).contains("您是说现在有危险吗？");

            Reply back = press(phone, "2");
            assertThat(back.has(Action.Handover.class)).isFalse();
            assertThat(back.text()).contains("没事就好").contains("哪一天");
            assertThat(back.options()).isEqualTo(askDate.options());
            assertThat(press(phone, "1").text()).contains("上午还是下午");
            assertThat(cases.ofElder(elderOf(phone).elderId())).isEmpty();
        }

        @Test
        void sayingNoInAChatGoesBackToTheMenu() {
            String session = newSender("web-");
            engine.handle(Inbound.event(Channel.WEB, session, InputKind.START));
            web(session, "我不舒服");
            Reply back = web(session, "没事");
            assertThat(back.has(Action.Handover.class)).isFalse();
            assertThat(back.text()).contains("没事就好").contains("请问要办什么事");
        }
    }

    @Nested
    class ADenialIsNoEmergency {

        @Test
        void aPlainDenialGoesOnWithTheRequest() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            Reply r = say(phone, "我沒摔倒啊我就是想約個人來幫我洗澡");
            assertThat(r.has(Action.Handover.class)).isFalse();
            assertThat(r.text()).contains("哪一天");
            assertThat(cases.ofElder(elderOf(phone).elderId())).isEmpty();
        }

        @Test
        void aPastEventThatWasCheckedIsNoEmergency() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            Reply r = say(phone, "上次胸口疼去医院查过了没事，想约个陪诊");
            assertThat(r.has(Action.Handover.class)).isFalse();
            assertThat(r.text()).doesNotContain("您是说现在有危险吗");
            assertThat(cases.ofElder(elderOf(phone).elderId())).isEmpty();
        }
    }
}
