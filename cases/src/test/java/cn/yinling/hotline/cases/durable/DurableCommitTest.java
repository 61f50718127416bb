package cn.yinling.hotline.cases.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.Registration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every read-write transaction is made durable before it returns; read-only ones are not; and
 * commits that come while a flush is running share the next one. (The crash itself is tested with
 * a killed process in the application module's {@code CrashDurabilityTest}.)
 */
class DurableCommitTest extends CasesSpringTest {

    @Autowired
    EntityManagerFactory emf;
    @Autowired
    PlatformTransactionManager applicationTransactions;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void theApplicationCommitsThroughTheDurableTransactionManager() {
        assertThat(applicationTransactions).isInstanceOf(DurableJpaTransactionManager.class);
    }

    @Test
    void aTransactionThatChangedSomethingIsFlushedOnceAfterItsCommitOthersNever() {
        AtomicInteger flushes = new AtomicInteger();
        H2StoreFlush counting = new H2StoreFlush(dataSource, new SimpleMeterRegistry()) {
            @Override
            void checkpoint() {
                flushes.incrementAndGet();
            }
        };
        TransactionTemplate tx = new TransactionTemplate(new DurableJpaTransactionManager(emf, counting));
        tx.executeWithoutResult(s -> street.household(street.newCommunity(), Registration.URBAN));
        assertThat(flushes).as("a write").hasValue(1);

        tx.executeWithoutResult(s -> street.newCommunity());
        assertThat(flushes).as("a read-write transaction that changed nothing").hasValue(1);

        tx.setReadOnly(true);
        tx.executeWithoutResult(s -> { });
        assertThat(flushes).as("a read-only transaction").hasValue(1);
    }

    @Test
    void aFailedFlushIsAnErrorNotASilentSuccess() {
        TransactionTemplate tx = new TransactionTemplate(new DurableJpaTransactionManager(emf, new StoreFlush() {
            @Override
            public boolean transactionChangedAnything() {
                return true;
            }

            @Override
            public void afterCommit() {
                throw new DataAccessResourceFailureException("disk gone");
            }
        }));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> { })).hasMessageContaining("disk gone");
    }

    @Test
    void concurrentCommitsOnH2ShareFlushesAndAllReachTheFile() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("flush") + ";WRITE_DELAY=60000");
        h2.setUser("sa");
        AtomicInteger checkpoints = new AtomicInteger();
        H2StoreFlush flush = new H2StoreFlush(h2, new SimpleMeterRegistry()) {
            @Override
            void checkpoint() {
                checkpoints.incrementAndGet();
                super.checkpoint();
            }
        };
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t(id int)");
        }
        int threads = 8;
        int commitsEach = 25;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int base = i * 1000;
            Thread t = new Thread(() -> {
                try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
                    go.await();
                    for (int n = 0; n < commitsEach; n++) {
                        s.execute("insert into t values (" + (base + n) + ")");
                        flush.afterCommit();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writers.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : writers) {
            t.join();
        }
        assertThat(checkpoints.get()).as("commits that came during a flush share the next one")
                .isPositive().isLessThan(threads * commitsEach);
        // Shut H2 down without writing anything more: only what the checkpoints wrote is in the file.
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (Exception closedUnderUs) {
            // SHUTDOWN IMMEDIATELY closes the connection it runs on
        }
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from t")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(threads * commitsEach);
        }
    }
}
