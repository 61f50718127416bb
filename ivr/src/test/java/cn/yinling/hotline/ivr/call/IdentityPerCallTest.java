package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who a caller proved to be belongs to that call only (#18, found on a real Asterisk): a stranger
 * who identified as an elder and was handed over must not be that elder on the next call from the
 * same number. What happens after the hand-over (waiting in the queue, hanging up there, a
 * transfer) never reaches the IVR, so the hand-over itself has to end the call's session.
 */
class IdentityPerCallTest extends CallTestSupport {

    private static final AtomicInteger STRANGERS = new AtomicInteger(7000);

    @Autowired
    Conversations conversations;

    String registered;
    Elder elder;
    String stranger;

    @BeforeEach
    void anElderAndAnUnregisteredNumber() {
        registered = elderWithPhone("ANQING_FREE");
        elder = elderOf(registered);
        stranger = "1399999" + String.format("%04d", STRANGERS.incrementAndGet());
    }

    @Nested
    class AfterAHandOver {

        @Test
        void theNextCallFromTheNumberIsAskedWhoItIsBeforeAnyBalance() throws IOException {
            CallRecord first = identifyHearBalanceAndPressZero();
            assertThat(first.heard()).contains("核对好了").contains("还有");
            assertThat(first.end()).isEqualTo(CallEnd.RETURNED_TO_DIALPLAN);
            awaitNoActiveCalls();

            // The caller waited in the queue and hung up there; minutes later the number calls again.
            clock.advance(Duration.ofMinutes(3));
            CallRecord second = dial(stranger, press("2"));

            assertThat(second.prompts().get(0).text()).doesNotStartWith("王阿姨");
            assertThat(second.prompts().get(1).text()).contains("电话号码");
            assertThat(second.heard()).doesNotContain("还有");
        }

        @Test
        void theHandedOverCallsConversationEndsAndTheNextCallHasItsOwn() throws IOException {
            identifyHearBalanceAndPressZero();
            awaitNoActiveCalls();
            Conversation handedOver = conversations.latestOf(Channel.VOICE, stranger).orElseThrow();
            assertThat(handedOver.getEndedAt()).as("ended by the hand-over").isNotNull();
            assertThat(handedOver.getEndReason()).isEqualTo("handover");

            clock.advance(Duration.ofMinutes(3));
            dial(stranger, press("2"));
            awaitNoActiveCalls();

            Conversation next = conversations.latestOf(Channel.VOICE, stranger).orElseThrow();
            assertThat(next.getId()).isNotEqualTo(handedOver.getId());
            assertThat(conversations.ofElder(elder.elderId())).extracting(Conversation::getId)
                    .as("only the call that identified the elder is on the elder's record")
                    .containsExactly(handedOver.getId());
        }

        @Test
        void aRegisteredNumberIsStillRecognisedOnTheNextCall() throws IOException {
            dial(registered, press("0"));
            awaitNoActiveCalls();
            CallRecord next = dial(registered, press("2"));
            assertThat(next.prompts().get(0).text()).startsWith("王阿姨您好");
            assertThat(next.prompts().get(1).text()).contains("还有");
        }
    }

    @Nested
    class TwoCallsAtOnce {

        @Test
        void aCallFromTheSameNumberDuringAnIdentifiedCallIsAskedWhoItIs() throws IOException {
            AtomicReference<CallRecord> during = new AtomicReference<>();
            CallRecord first = simulator().call("hotline", stranger, null,
                    ScriptedCaller.of(press("2"), press(registered + "#"), press(elder.idNumber().lastFour() + "#")),
                    prompt -> {
                        if (prompt.text().contains("核对好了") && during.get() == null) {
                            // The first caller is identified and still on the line: the same number calls in.
                            during.set(dialQuietly(stranger));
                        }
                    });
            assertThat(first.heard()).contains("核对好了");
            assertThat(during.get()).as("the second call was made").isNotNull();
            assertThat(during.get().prompts().get(1).text()).contains("电话号码");
            assertThat(during.get().heard()).doesNotContain("还有");
        }

        private CallRecord dialQuietly(String phone) {
            try {
                return dial(phone, press("2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The stranger asks for the balance, gives the elder's phone and ID digits, hears it, presses 0. */
    private CallRecord identifyHearBalanceAndPressZero() throws IOException {
        return dial(stranger, press("2"), press(registered + "#"), press(elder.idNumber().lastFour() + "#"),
                press("0"));
    }
}
