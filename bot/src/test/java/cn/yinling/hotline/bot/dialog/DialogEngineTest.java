package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Direction;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DialogEngineTest extends DialogTest {

    @Autowired
    Bookings bookings;
    @Autowired
    Cases cases;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Conversations conversations;

    @Nested
    class Greeting {

        @Test
        void aRegisteredCallerIsGreetedBySurnameAndOfferedFourChoices() {
            String phone = elderWithPhone("ANQING_FREE");
            Reply r = call(phone);
            assertThat(r.text()).startsWith("王阿姨您好");
            assertThat(r.options()).hasSize(4);
        }

        @Test
        void aCallerIdInAnotherSpellingIsRecognisedToo() {
            String phone = elderWithPhone("ANQING_FREE");
            assertThat(engine.handle(Inbound.event(Channel.VOICE, "+86" + phone, InputKind.START)).text()).startsWith("王阿姨您好");
        }
    }

    @Nested
    class Booking_ {

        @Test
        void bookingStepByStepReadsBackAndBooksOnlyAfterConfirmation() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            Reply askDate = say(phone, "我想预约助浴");
            assertThat(askDate.text()).contains("哪一天");
            Reply askTime = press(phone, "1");
            assertThat(askTime.text()).contains("上午还是下午");
            Reply readBack = press(phone, "2");
            assertThat(readBack.text()).contains("助浴").contains("14:00").contains("确认");
            assertThat(readBack.lines().get(0).speech()).contains("下午两点");
            assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();

            Reply done = press(phone, "1");
            assertThat(done.text()).contains("预约好了");
            List<Booking> upcoming = bookings.upcoming(elderOf(phone).elderId());
            assertThat(upcoming).singleElement().satisfies(b -> {
                assertThat(b.getStartsAt().toLocalTime()).hasToString("14:00");
                assertThat(b.getStartsAt().toLocalDate()).isAfterOrEqualTo(LocalDate.of(2026, 3, 4));
            });
        }

        @Test
        void aBookingInsideTheLeadTimeOffersTheEarliestAllowedTime() {
            String phone = elderWithPhone("ANQING_FREE");
            Reply r = say(phone, "明天上午帮我约个助浴");
            assertThat(r.text()).contains("最早可以约").contains("3月4日");
            Reply readBack = press(phone, "1");
            assertThat(readBack.text()).contains("确认");
            press(phone, "1");
            assertThat(bookings.upcoming(elderOf(phone).elderId())).singleElement()
                    .satisfies(b -> assertThat(b.getStartsAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 9, 0)));
        }

        @Test
        void withNoBalanceLeftTheCallerMayPayTheRestHerself() {
            String phone = elderWithPhone("GAOXIN_FREE");
            entitlements.adjust(elderOf(phone).elderId(), "GAOXIN_FREE", LocalDate.of(2026, 3, 2), -480, "测试：用完", "test");
            Reply r = say(phone, "预约后天上午的打扫卫生");
            assertThat(r.text()).contains("补贴只剩").contains("自费");
            assertThat(press(phone, "1").text()).contains("需自费");
            press(phone, "1");
            assertThat(bookings.upcoming(elderOf(phone).elderId())).singleElement()
                    .satisfies(b -> assertThat(b.getHeldAmount()).isZero());
        }

        @Test
        void emergencyWordsInsideABookingInterruptEverythingWithoutAQuestion() {
            String phone = elderWithPhone("ANQING_FREE");
            say(phone, "我想预约助浴");
            Reply r = say(phone, "哎呀我摔倒了起不来了");
            Action.Handover h = r.action(Action.Handover.class);
            assertThat(h).isNotNull();
            assertThat(h.priority()).isEqualTo(Priority.EMERGENCY);
            assertThat(r.has(Action.AlertContacts.class)).isTrue();
            assertThat(r.options()).isEmpty();
            assertThat(cases.get(h.caseId()).getType()).isEqualTo(CaseType.EMERGENCY);
            assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
        }

        @Test
        void aComplaintDuringABookingBecomesAComplaintCase() {
            String phone = elderWithPhone("ANQING_FREE");
            say(phone, "我想预约助浴");
            Reply r = say(phone, "上次来的那个护工态度太差了，我要投诉");
            assertThat(r.text()).doesNotContain("哪一天");
            Reply last = r;
            for (int i = 0; i < 3 && !last.text().contains("登记"); i++) {
                last = press(phone, last.options().get(last.options().size() - 1).key());
            }
            assertThat(last.text()).contains("已经登记您的投诉");
            List<CareCase> opened = cases.ofElder(elderOf(phone).elderId());
            assertThat(opened).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo(CaseType.COMPLAINT);
                assertThat(c.getComplaintType()).isEqualTo(ComplaintType.ATTITUDE);
            });
        }

        @Test
        void hangingUpBeforeConfirmingBooksNothingAndEndsTheConversation() {
            String phone = elderWithPhone("ANQING_FREE");
            say(phone, "我想预约助浴");
            press(phone, "1");
            press(phone, "1");
            Reply bye = engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.HANGUP));
            assertThat(bye.has(Action.End.class)).isTrue();
            assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
            assertThat(conversations.ofElder(elderOf(phone).elderId())).allSatisfy(c -> assertThat(c.getEndReason()).isEqualTo("hangup"));
            // A new call starts afresh.
            assertThat(call(phone).text()).startsWith("王阿姨您好");
        }
    }

    @Nested
    class MyBookings {

        @Test
        void cancellingTheSecondOfTwoBookingsKeepsTheFirst() {
            String phone = elderWithPhone("ANQING_FREE");
            Elder e = elderOf(phone);
            Booking first = book(e, "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0));
            Booking second = book(e, "meal_delivery", LocalDateTime.of(2026, 3, 6, 11, 0));
            Reply pick = say(phone, "我要取消预约");
            assertThat(pick.options()).hasSize(2);
            Reply confirm = press(phone, "2");
            assertThat(confirm.text()).contains("助餐送餐").contains("确定");
            Reply done = press(phone, "1");
            assertThat(done.text()).contains("已经取消");
            assertThat(bookings.find(second.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.CANCELLED);
            // Its work order is out: dispatched (#21), still active.
            assertThat(bookings.find(first.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.DISPATCHED);
        }

        @Test
        void myBookingsReadsEachBackWithDateTimeServiceAndWorker() {
            String phone = elderWithPhone("ANQING_FREE");
            Booking b = book(elderOf(phone), "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0));
            String worker = bookings.workerName(b.getWorkerId());
            Reply r = say(phone, "查一下我的预约");
            assertThat(r.text()).contains("3月5日").contains("09:00").contains("打扫卫生").contains("服务人员" + worker);
            assertThat(r.lines()).anySatisfy(l -> assertThat(l.speech()).contains("三月五日").contains("打扫卫生")
                    .contains("服务人员" + worker.charAt(0) + "师傅"));
        }

        @Test
        void movingABookingToAnotherDayKeepsItsTime() {
            String phone = elderWithPhone("ANQING_FREE");
            Booking b = book(elderOf(phone), "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0));
            Reply confirm = say(phone, "保洁别周四来了，改到下周一");
            assertThat(confirm.text()).contains("3月9日").contains("09:00");
            press(phone, "1");
            assertThat(bookings.find(b.getId()).orElseThrow().getStartsAt()).isEqualTo(LocalDateTime.of(2026, 3, 9, 9, 0));
        }

        @Test
        void aMoveTooSoonSaysWhyAndAsksForAnotherDayOnce() {
            String phone = elderWithPhone("ANQING_FREE");
            book(elderOf(phone), "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0));
            assertThat(say(phone, "把保洁改到今天下午").text()).contains("3月2日").contains("确定");
            Reply refused = press(phone, "1");
            assertThat(refused.text()).contains("这个时间来不及安排");
            assertThat(refused.text().split("要改到哪一天", -1)).hasSize(2);
        }

        @Test
        void theBalanceIsToldInHoursWithItsExpiry() {
            String phone = elderWithPhone("ANQING_FREE");
            book(elderOf(phone), "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0));
            Reply r = say(phone, "我这个月还剩多少小时");
            assertThat(r.text()).contains("您本月还有18小时").contains("3月31日").contains("留出2小时");
            assertThat(r.lines().get(0).speech()).contains("十八小时").contains("三月三十一日");
        }

        private Booking book(Elder e, String service, LocalDateTime at) {
            return bookings.book(new cn.yinling.hotline.cases.booking.BookingRequest(e.elderId(), service, at, null,
                    Channel.VOICE, "test", java.util.UUID.randomUUID().toString(), false, null));
        }
    }

    @Nested
    class Strangers {

        @Test
        void anUnknownCallerIsAskedForTheRegisteredPhoneThenTheIdDigits() {
            String phone = elderWithPhone("ANQING_FREE");
            String session = "web-" + phone;
            Reply ask = engine.handle(Inbound.text(Channel.WEB, session, "查一下我的补贴余额"));
            assertThat(ask.text()).contains("电话号码");
            Reply askId = engine.handle(Inbound.text(Channel.WEB, session, phone));
            assertThat(askId.text()).contains("后四位");
            String last4 = elderOf(phone).idNumber().lastFour();
            Reply balance = engine.handle(Inbound.text(Channel.WEB, session, last4));
            assertThat(balance.text()).contains("核对好了").contains("20小时");
        }

        @Test
        void aRequestMadeBeforeIdentificationIsResumedWithItsDetails() {
            String phone = elderWithPhone("ANQING_FREE");
            String session = "web-resume-" + phone;
            engine.handle(Inbound.text(Channel.WEB, session, "预约后天上午的打扫卫生"));
            engine.handle(Inbound.text(Channel.WEB, session, phone));
            Reply readBack = engine.handle(Inbound.text(Channel.WEB, session, elderOf(phone).idNumber().lastFour()));
            assertThat(readBack.text()).contains("核对好了").contains("3月4日").contains("09:00").contains("打扫卫生").contains("确认吗");
        }

        @Test
        void theIdDigitsNeverBecomeAComplaintsSubject() {
            String phone = elderWithPhone("ANQING_FREE");
            String session = "web-complaint-" + phone;
            String lastFour = elderOf(phone).idNumber().lastFour();
            engine.handle(Inbound.text(Channel.WEB, session, "我要投诉"));
            engine.handle(Inbound.text(Channel.WEB, session, phone));
            engine.handle(Inbound.text(Channel.WEB, session, lastFour));
            engine.handle(Inbound.text(Channel.WEB, session, "2"));
            engine.handle(Inbound.text(Channel.WEB, session, "2"));
            assertThat(cases.ofElder(elderOf(phone).elderId())).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo(CaseType.COMPLAINT);
                assertThat(c.getSubject()).doesNotContain(lastFour).isEqualTo("我要投诉");
            });
        }

        @Test
        void twoWrongAnswersPutTheCallerThroughToAPerson() {
            Reply ask = engine.handle(Inbound.text(Channel.WEB, "stranger-" + community, "我要预约保洁"));
            assertThat(ask.text()).contains("电话号码");
            engine.handle(Inbound.text(Channel.WEB, "stranger-" + community, "13011112222"));
            Reply again = engine.handle(Inbound.text(Channel.WEB, "stranger-" + community, "3333"));
            assertThat(again.text()).contains("电话号码或身份证后四位不对");
            engine.handle(Inbound.text(Channel.WEB, "stranger-" + community, "13011112222"));
            Reply handed = engine.handle(Inbound.text(Channel.WEB, "stranger-" + community, "4444"));
            assertThat(handed.has(Action.Handover.class)).isTrue();
        }

        @Test
        void anUnboundWechatUserCanAskPolicyButNotBook() {
            String openid = "openid-" + community;
            Reply book = engine.handle(Inbound.text(Channel.WECHAT, openid, "帮我妈预约助浴"));
            assertThat(book.text()).contains("绑定");
            Reply policy = engine.handle(Inbound.text(Channel.WECHAT, openid, "服务券没用完下个月还能用吗"));
            assertThat(policy.text()).contains("不结转");
        }
    }

    @Nested
    class Robustness {

        @Test
        void emptyHugeAndEmojiOnlyMessagesGetAClearAnswer() {
            String phone = elderWithPhone("ANQING_FREE");
            assertThat(say(phone, "").text()).contains("要办什么事");
            assertThat(say(phone, "啊".repeat(10_000)).text()).contains("太长");
            Reply emoji = say(phone, "😀😀😀");
            assertThat(emoji.lines()).isNotEmpty();
        }

        @Test
        void twoMisunderstandingsInARowPutTheCallerThroughToAPerson() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            press(phone, "7");
            Reply first = say(phone, "嗯那个那个");
            Reply second = say(phone, "呃呃呃");
            assertThat(first.has(Action.Handover.class) || second.has(Action.Handover.class)).isTrue();
        }

        @Test
        void zeroReachesAPersonAndStarRepeats() {
            String phone = elderWithPhone("ANQING_FREE");
            Reply menu = call(phone);
            assertThat(press(phone, "*").text()).isEqualTo(menu.text());
            Reply person = press(phone, "0");
            assertThat(person.action(Action.Handover.class).priority()).isEqualTo(Priority.HIGH);
        }

        @Test
        void nineOnThePhoneIsAnEmergency() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            assertThat(press(phone, "9").action(Action.Handover.class).priority()).isEqualTo(Priority.EMERGENCY);
        }

        @Test
        void everyTurnIsRecordedWithItsIntent() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            say(phone, "我想预约助浴");
            List<Message> history = conversations.historyOf(elderOf(phone).elderId());
            assertThat(history).anySatisfy(m -> {
                assertThat(m.getDirection()).isEqualTo(Direction.IN);
                assertThat(m.getIntent()).isEqualTo("book_service");
                assertThat(m.getSlots()).contains("bathing");
            });
            assertThat(history).anySatisfy(m -> assertThat(m.getText()).contains("哪一天"));
        }
    }
}
