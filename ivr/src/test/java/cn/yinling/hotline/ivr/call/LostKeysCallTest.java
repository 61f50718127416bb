package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.Caller;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.PlayedPrompt;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asterisk keeps no key buffer (AGI-NOTES §5): a key pressed after a prompt has ended but before
 * the server's next command is lost. The call must not hang or guess; it re-prompts and goes on.
 */
class LostKeysCallTest extends CallTestSupport {

    /** How long the simulated server "takes" between two commands, on the call's clock. */
    private static final Duration TURNAROUND = Duration.ofMillis(500);

    @Autowired
    Bookings bookings;

    @Test
    void keysPressedBetweenCommandsAreLostAndTheCallStillCompletesByReprompting() throws IOException {
        String phone = elderWithPhone("ANQING_FREE");
        // The first answer comes 0.2 s after the greeting ends: inside the 0.5 s before WAIT FOR DIGIT.
        LateThenPrompt caller = new LateThenPrompt("1", "1", "1", "1", "1", "2", "1");
        CallRecord call = simulator().withTurnaround(TURNAROUND).call(phone, caller);

        assertThat(call.transcript()).as("the key was never seen by a command")
                .containsSubsequence(">>> WAIT FOR DIGIT 10000", "<<< 200 result=0");
        assertThat(call.prompts().get(1).text()).as("re-prompted after the silence").isEqualTo(call.prompts().get(0).text());
        assertThat(call.heard()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).singleElement()
                .satisfies(b -> assertThat(b.getStartsAt().toLocalTime()).hasToString("14:00"));
        assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
        assertThat(call.closedByServer()).isTrue();
    }

    /** Answers the first question just after its prompt has ended (lost), the rest a second into each prompt. */
    private static final class LateThenPrompt implements Caller {
        private final Deque<String> keys;
        private boolean late = true;

        LateThenPrompt(String... keys) {
            this.keys = new ArrayDeque<>(List.of(keys));
        }

        @Override
        public synchronized CallerStep answer(PlayedPrompt prompt) {
            if (late) {
                late = false;
                // Each piece after the first waits a turnaround for its STREAM FILE; the key comes 0.2 s after the last.
                double turnarounds = (prompt.ids().size() - 1) * TURNAROUND.toMillis() / 1000.0;
                return new CallerStep.Keys(keys.poll(), prompt.seconds() + turnarounds + 0.2);
            }
            return keys.isEmpty() ? new CallerStep.HangUp(0.5) : new CallerStep.Keys(keys.poll(), 1.0);
        }
    }
}
