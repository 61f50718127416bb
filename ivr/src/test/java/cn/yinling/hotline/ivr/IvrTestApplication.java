package cn.yinling.hotline.ivr;

import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.provider.WorkerShiftRepository;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The case database, the dialog engine and the FastAGI server (on a free port), for this module's tests. */
@SpringBootApplication(scanBasePackages = "cn.yinling.hotline")
@AutoConfigurationPackage(basePackages = "cn.yinling.hotline") // entities and repositories live in cases
@ConfigurationPropertiesScan("cn.yinling.hotline")
public class IvrTestApplication {

    /** Monday 2026-03-02 09:00 in Shanghai. */
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
