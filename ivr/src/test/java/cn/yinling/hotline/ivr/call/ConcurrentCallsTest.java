package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many calls at once, each on its own FastAGI thread and session, none leaking into another. */
class ConcurrentCallsTest extends CallTestSupport {

    private static final int CALLS = 50;

    @Autowired
    Bookings bookings;
    @Autowired
    SessionStore sessions;

    @Test
    void fiftyCallsAtOnceAllCompleteCorrectlyAndLeaveNoSessionOrThreadBehind() throws Exception {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            phones.add(elderWithPhone("ANQING_FREE"));
        }
        // A hundredth of real time: each call lasts about half a second, so all fifty overlap.
        AgiSimulator simulator = simulator().paced(0.01);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(CALLS);
        List<Future<CallRecord>> calls = new ArrayList<>();
        List<String> sessionKeys = new ArrayList<>();
        try {
            for (int i = 0; i < CALLS; i++) {
                String phone = phones.get(i);
                boolean books = i % 2 == 0;
                calls.add(callers.submit(() -> {
                    go.await();
                    return simulator.call(phone, books ? ScriptedCaller.pressing("1", "1", "1", "1", "2", "1")
                            : ScriptedCaller.pressing("2"));
                }));
            }
            go.countDown();
            for (int i = 0; i < CALLS; i++) {
                CallRecord call = calls.get(i).get();
                String phone = phones.get(i);
                sessionKeys.add("voice:" + phone + ":" + uniqueidOf(call));
                assertThat(call.prompts().get(0).text()).as("greeting of call %d", i).startsWith("王阿姨您好");
                assertThat(call.end()).as("call %d", i).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
                assertThat(call.closedByServer()).isTrue();
                if (i % 2 == 0) {
                    assertThat(call.heard()).contains("预约好了");
                    assertThat(bookings.upcoming(elderOf(phone).elderId())).as("bookings of call %d", i).hasSize(1);
                } else {
                    assertThat(call.prompts().get(1).text()).contains("还有");
                    assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
                }
            }
        } finally {
            callers.shutdownNow();
        }
        awaitNoActiveCalls();
        assertThat(sessionKeys).allSatisfy(k -> assertThat(sessions.load(k).exists()).as("session %s", k).isFalse());
        assertThat(server.callThreads()).as("pool threads, idle ones included").isLessThanOrEqualTo(CALLS + 1);
    }

    /** The call's {@code agi_uniqueid}, as the simulator sent it: a call's session is keyed by it. */
    private static String uniqueidOf(CallRecord call) {
        return call.transcript().stream().filter(l -> l.startsWith("<<< agi_uniqueid: ")).findFirst().orElseThrow()
                .substring("<<< agi_uniqueid: ".length());
    }
}
