package cn.yinling.hotline.cases.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs {@code n} attempts at once (released together), for race tests. */
public final class Race {

    public interface Attempt {
        void run(int i) throws Exception;
    }

    private Race() {
    }

    public static void race(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<Object> task = () -> {
                go.await();
                attempt.run(index);
                return null;
            };
            results.add(pool.submit(task));
        }
        go.countDown();
        for (Future<Object> f : results) {
            f.get(2, TimeUnit.MINUTES); // rethrows anything unexpected, such as a deadlock
        }
        pool.shutdown();
    }
}
