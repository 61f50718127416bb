package cn.yinling.hotline.console;

import cn.yinling.hotline.cases.agent.AgentRepository;
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
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The case database, the dialog engine and the console, with a settable clock, for this module's Spring tests. */
@SpringBootApplication(scanBasePackages = "cn.yinling.hotline")
@AutoConfigurationPackage(basePackages = "cn.yinling.hotline") // entities and repositories live in cases
@ConfigurationPropertiesScan("cn.yinling.hotline")
@EnableScheduling
public class ConsoleTestApplication {

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

    @Bean
    TestAgents testAgents(AgentRepository agents, PasswordEncoder encoder) {
        return new TestAgents(agents, encoder);
    }
}
