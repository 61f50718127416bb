package cn.yinling.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.support.RealPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two nodes starting together on one PostgreSQL database: the second waits for the first's start-up work. */
class StartupLockTest {

    @Test
    @Timeout(60)
    void aSecondNodesStartUpWorkWaitsUntilTheFirstIsDone() throws Exception {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
        StartupLock nodeA = new StartupLock(dataSource);
        StartupLock nodeB = new StartupLock(dataSource);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch aInside = new CountDownLatch(1);
        CountDownLatch releaseA = new CountDownLatch(1);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> nodeA.run(() -> {
            order.add("a starts");
            aInside.countDown();
            await(releaseA);
            order.add("a ends");
        }));
        assertThat(aInside.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> nodeB.run(() -> order.add("b")));
        while (waitingForTheLock(dataSource) == 0) {
            Thread.sleep(20); // until B's connection is seen queued on the advisory lock
        }

        assertThat(order).containsExactly("a starts");
        releaseA.countDown();
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);
        assertThat(order).containsExactly("a starts", "a ends", "b");
        assertThat(waitingForTheLock(dataSource)).isZero();
    }

    @Test
    void onTheEmbeddedDatabaseTheWorkSimplyRuns() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:startup-lock", "sa", "");
        List<String> ran = new CopyOnWriteArrayList<>();
        new StartupLock(h2).run(() -> ran.add("loaded"));
        assertThat(ran).containsExactly("loaded");
    }

    private static int waitingForTheLock(DriverManagerDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
