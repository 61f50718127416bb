package cn.yinling.hotline.cases.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** "How many hours are left?" reads the ledger; it neither waits for nor blocks a booking of the same account. */
class BalanceQuestionTest extends CasesSpringTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBalanceQuestionIsAnsweredWhileABookingHoldsTheAccount() throws Exception {
        Elder e = street.elderWithPolicy(community, "GAOXIN_FREE");
        assertThat(balance(e).available()).isEqualTo(480); // the first question posts March's grant
        Coverage coverage = entitlements.coverageFor(e.elderId(), LocalDate.of(2026, 3, 2)).orElseThrow();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        ExecutorService booking = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = booking.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                entitlements.hold(coverage, null, LocalDate.of(2026, 3, 4), 60, false, "test");
                locked.countDown();
                await(answered); // the account's row lock is held until the question is answered
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            List<Balance> balances = entitlements.balances(e.elderId()); // would wait for the lock, and the lock for it
            answered.countDown();

            assertThat(balances).singleElement().satisfies(b -> assertThat(b.available()).isEqualTo(480));
            holding.get(30, TimeUnit.SECONDS);
            assertThat(balance(e).held()).isEqualTo(60);
        } finally {
            answered.countDown();
            booking.shutdownNow();
        }
    }

    @Test
    void aGrantDueButNotYetPostedIsPostedByTheQuestion() {
        Elder e = street.elderWithPolicy(community, "GAOXIN_FREE");
        street.worker(community, 1);
        assertThat(balance(e).available()).isEqualTo(480);
        book(e, "cleaning", LocalDateTime.of(2026, 3, 10, 9, 0), 60);

        clock.set(LocalDateTime.of(2026, 4, 1, 9, 0)); // no roll-over has run in April yet

        Balance april = balance(e);
        assertThat(april.windowStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(april.granted()).isEqualTo(480);
        assertThat(april.available()).isEqualTo(480);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
