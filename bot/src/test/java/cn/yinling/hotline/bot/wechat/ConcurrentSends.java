package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs customer-service sends all at once, as a burst of notifications would, and expects each delivered. */
final class ConcurrentSends {

    private ConcurrentSends() {
    }

    static void allDelivered(List<Callable<Delivery>> sends) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sends.size());
        try {
            for (Future<Delivery> f : pool.invokeAll(sends)) {
                assertThat(f.get().delivered()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
