package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Callbacks whose turn overruns the reply budget get "success"; those answered in time are left alone. */
class ReplyWatchdogTest {

    private final ReplyWatchdog watchdog = new ReplyWatchdog(Duration.ofMillis(100));

    @AfterEach
    void stop() {
        watchdog.destroy();
    }

    /** Counts the watchdog's calls; {@link #answer()} stands for the turn giving its reply. */
    private static final class Callback implements ReplyWatchdog.Watched {

        final AtomicBoolean given = new AtomicBoolean();
        final AtomicInteger overruns = new AtomicInteger();
        final CountDownLatch overrun = new CountDownLatch(1);

        boolean answer() {
            return given.compareAndSet(false, true);
        }

        @Override
        public boolean given() {
            return given.get();
        }

        @Override
        public void overrun() {
            overruns.incrementAndGet(); // every call counts: the watchdog must not call it for an answered callback
            given.set(true);
            overrun.countDown();
        }
    }

    @Test
    void aCallbackStillRunningAtTheEndOfItsBudgetIsAnsweredOnceAndNotBefore() throws Exception {
        Callback slow = new Callback();
        long started = System.nanoTime();
        watchdog.watch(slow);

        assertThat(slow.overrun.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(slow.answer()).as("the turn's late answer finds the reply given").isFalse();
        Thread.sleep(200);
        assertThat(slow.overruns).hasValue(1);
    }

    @Test
    void callbacksAnsweredInTimeAreNeverOverrunAndDoNotHoldUpTheOnesBehindThem() throws Exception {
        Callback quick = new Callback();
        Callback slow = new Callback();
        watchdog.watch(quick);
        watchdog.watch(slow);
        assertThat(quick.answer()).isTrue();

        assertThat(slow.overrun.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(quick.overruns).hasValue(0);
        assertThat(slow.overruns).hasValue(1);
    }
}
