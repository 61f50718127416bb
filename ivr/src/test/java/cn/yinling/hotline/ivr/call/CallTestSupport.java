package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Whole calls over a real TCP socket against the FastAGI server of the test application. */
@SpringBootTest(classes = IvrTestApplication.class)
abstract class CallTestSupport {

    private static final AtomicInteger PHONES = new AtomicInteger(5000);

    @Autowired
    protected FastAgiServer server;
    @Autowired
    protected TestStreet street;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected Elders elders;

    protected String community;

    @BeforeEach
    void freshCommunity() {
        clock.set(IvrTestApplication.START);
        community = street.newCommunity();
    }

    protected AgiSimulator simulator() {
        return new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(20));
    }

    protected CallRecord dial(String phone, CallerStep... steps) throws IOException {
        return simulator().call(phone, ScriptedCaller.of(steps));
    }

    protected static CallerStep press(String keys) {
        return new CallerStep.Keys(keys, 1.0);
    }

    protected String elderWithPhone(String policy) {
        street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, policy);
        String phone = "1370000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        return phone;
    }

    protected Elder elderOf(String phone) {
        return elders.findByPhone(phone).orElseThrow().elder();
    }

    /** Waits (briefly) for the server to let go of every call: no thread may stay with a finished call. */
    protected void awaitNoActiveCalls() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.activeCalls() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.activeCalls()).as("calls still holding a thread").isZero();
    }
}
