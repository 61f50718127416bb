package cn.yinling.hotline.cases.support;

import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.provider.WorkerShiftRepository;
import java.time.LocalDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The settable clock and the test street that every module's Spring tests use: each module's test
 * application imports it instead of declaring the same beans again.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CaseDatabaseTestBeans {

    /** Monday 2026-03-02 09:00 in Shanghai: a month before a quarter ends. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Bean
    TestClock clock() {
        return new TestClock(START);
    }

    @Bean
    TestStreet testStreet(Elders elders, Entitlements entitlements, ProviderRepository providers,
            WorkerRepository workers, WorkerShiftRepository shifts) {
        return new TestStreet(elders, entitlements, providers, workers, shifts);
    }
}
