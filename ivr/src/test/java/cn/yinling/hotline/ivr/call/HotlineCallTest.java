package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.DialCommandAccess;
import cn.yinling.hotline.ivr.simulator.CallerStep.HangUp;
import cn.yinling.hotline.ivr.simulator.CallerStep.Keys;
import cn.yinling.hotline.ivr.simulator.CallerStep.Silence;
import cn.yinling.hotline.ivr.simulator.PlayedPrompt;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Whole calls over a real TCP socket: simulated Asterisk → FastAGI server → dialog engine → H2. */
@SpringBootTest(classes = IvrTestApplication.class)
class HotlineCallTest {

    private static final AtomicInteger PHONES = new AtomicInteger(2000);

    @Autowired
    FastAgiServer server;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Bookings bookings;
    @Autowired
    Conversations conversations;

    String community;

    @BeforeEach
    void freshCommunity() {
        clock.set(IvrTestApplication.START);
        community = street.newCommunity();
    }

    @Nested
    class RecognisedCaller {

        @Test
        void hearsTheBalanceWithOneKeyPress() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("2"));
            assertThat(call.prompts().get(0).text()).startsWith("王阿姨您好");
            assertThat(call.prompts().get(1).text()).contains("补贴").contains("还有");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
        }

        @Test
        void repliesArePlayedAsCatalogPiecesOneFileEach() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("2"));
            assertThat(call.prompts().get(0).ids()).startsWith("name.wang", "title.female", "welcome.short", "menu.book", "key.1")
                    .endsWith("render.voice.keys");
            assertThat(call.prompts()).allSatisfy(p -> assertThat(p.ids()).allMatch(PromptCatalog.standard().prompts()::containsKey));
            assertThat(call.transcript()).contains(">>> STREAM FILE \"yinling/name.wang\" \"0123456789*#\"",
                    ">>> STREAM FILE \"yinling/title.female\" \"0123456789*#\"");
        }

        @Test
        void aKeyPressedLateInALongReplyEndsItAndIsUsed() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, new Keys("2", 9.0));
            PlayedPrompt greeting = call.prompts().get(0);
            assertThat(greeting.interruptedBy()).isEqualTo('2');
            assertThat(greeting.seconds()).isCloseTo(9.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(call.prompts().get(1).text()).contains("还有");
            // Nothing after the interrupted piece was played: the next command was the next reply.
            long streamed = call.transcript().stream().filter(l -> l.startsWith(">>> STREAM FILE")).count();
            assertThat(streamed).isLessThan(greeting.ids().size() + call.prompts().get(1).ids().size());
        }

        @Test
        void aKeyPressedDuringThePromptIsUsedNotLost() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, new Keys("2", 0.8));
            PlayedPrompt greeting = call.prompts().get(0);
            assertThat(greeting.interruptedBy()).isEqualTo('2');
            assertThat(greeting.seconds()).isLessThan(1.0);
            assertThat(call.prompts().get(1).text()).contains("还有");
        }

        @Test
        void booksByKeypadServiceDayAfternoonReadBackConfirm() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("1"), press("1"), press("1"), press("1"), press("2"), press("1"));
            assertThat(call.heard()).contains("家政服务：打扫卫生按1").contains("上午还是下午").contains("下午两点")
                    .contains("确认按1").contains("预约好了");
            assertThat(bookings.upcoming(elderOf(phone).elderId())).singleElement()
                    .satisfies(b -> assertThat(b.getStartsAt().toLocalTime()).hasToString("14:00"));
        }
    }

    @Nested
    class Strangers {

        @Test
        void anUnknownCallerIsAskedForTheRegisteredPhoneThenTheIdDigits() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial("13999990000", press("2"), press(phone + "#"));
            assertThat(call.prompts().get(1).text()).contains("电话号码");
            assertThat(call.prompts().get(2).text()).contains("身份证").contains("后四位");
        }
    }

    @Nested
    class HandOver {

        @Test
        void zeroReachesAPersonWithTheCaseAndElderOnTheChannel() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("0"));
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "3")
                    .containsEntry("HOTLINE_ELDER_ID", elderOf(phone).elderId().toString())
                    .containsKey("HOTLINE_CASE_ID");
            assertThat(call.closedByServer()).isTrue();
        }

        @Test
        void twoWrongKeysAreRepromptedThenHandedOver() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("7"), press("8"));
            assertThat(call.prompts().get(1).text()).contains("预约服务按1");
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "3").containsKey("HOTLINE_CASE_ID");
        }

        @Test
        void silenceIsRepromptedThenHandedOver() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, new Silence(), new Silence(), new Silence());
            assertThat(call.prompts()).hasSize(4);
            assertThat(call.prompts().get(1).text()).isEqualTo(call.prompts().get(0).text());
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "3").containsKey("HOTLINE_CASE_ID");
        }

        @Test
        void nineDuringABookingIsAnEmergency() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("1"), press("9"));
            assertThat(call.variables()).containsEntry("HOTLINE_PRIORITY", "1").containsKey("HOTLINE_CASE_ID");
            assertThat(call.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
        }
    }

    @Nested
    class HangUp_ {

        @Test
        void hangingUpInTheMiddleOfABookingBooksNothingAndFreesTheCall() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, press("1"), press("1"), press("1"), press("1"), new HangUp(2.0));
            assertThat(call.prompts().get(4).text()).contains("上午还是下午");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
            assertThat(call.closedByServer()).as("the server, not Asterisk, closes the socket").isTrue();
            assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
            assertThat(conversations.ofElder(elderOf(phone).elderId()))
                    .allSatisfy(c -> assertThat(c.getEndReason()).isEqualTo("hangup"));
            awaitNoActiveCalls();
            // The session is gone: the next call starts afresh with the greeting.
            assertThat(dial(phone).prompts().get(0).text()).startsWith("王阿姨您好");
        }
    }

    @Nested
    class Protocol {

        @Test
        void aHangUpDuringTheGreetingEndsTheCallAndTheServerClosesTheSocket() throws IOException {
            String phone = elderWithPhone("ANQING_FREE");
            CallRecord call = dial(phone, new HangUp(1.0));
            assertThat(call.prompts()).hasSize(1);
            assertThat(call.transcript()).contains("<<< HANGUP");
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
            assertThat(call.closedByServer()).isTrue();
        }

        @Test
        void theDialCommandPrintsPromptsVariablesAndTheEnd() {
            String phone = elderWithPhone("ANQING_FREE");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int status = DialCommandAccess.run(new String[] {"--from", phone, "--port", Integer.toString(server.port()),
                    "--keys", "0"}, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(status).isZero();
            assertThat(out).contains("王阿姨您好").contains("[name.wang title.female welcome.short menu.book key.1")
                    .contains("variable HOTLINE_PRIORITY=3").contains("call ended: RETURNED_TO_DIALPLAN");
        }
    }

    // --- helpers

    void awaitNoActiveCalls() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.activeCalls() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.activeCalls()).as("calls still holding a thread").isZero();
    }

    CallRecord dial(String phone, CallerStep... steps) throws IOException {
        return new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(20)).call(phone, ScriptedCaller.of(steps));
    }

    static CallerStep press(String keys) {
        return new Keys(keys, 1.0);
    }

    String elderWithPhone(String policy) {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, policy);
        String phone = "1360000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        return phone;
    }

    Elder elderOf(String phone) {
        return elders.findByPhone(phone).orElseThrow().elder();
    }
}
