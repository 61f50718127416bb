package cn.yinling.hotline.cases;

import cn.yinling.hotline.cases.elder.BindingProperties;
import cn.yinling.hotline.cases.elder.IdentificationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the module's settings, so any application that scans the module gets them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CasesProperties.class, BindingProperties.class, IdentificationProperties.class})
class CasesConfiguration {

    /** The start-up catch-up's thread, when it runs in the background ({@link CaseDatabaseStartup}). */
    static final String CATCH_UP_EXECUTOR = "caseDatabaseCatchUp";

    @Bean
    ShortDateTime shortDateTime(Clock clock, CasesProperties properties) {
        return new ShortDateTime(clock, properties.zone());
    }

    @Bean(CATCH_UP_EXECUTOR)
    Executor caseDatabaseCatchUp() {
        return task -> {
            Thread t = new Thread(task, "case-database-catch-up");
            t.setDaemon(true);
            t.start();
        };
    }
}
