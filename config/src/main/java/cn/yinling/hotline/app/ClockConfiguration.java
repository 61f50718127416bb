package cn.yinling.hotline.app;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.demo.DemoClock;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads time from, in the service centre's zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(CasesProperties cases) {
        Clock system = Clock.system(cases.zone());
        // The demo street replays its past weeks through the real services at start-up.
        return cases.demoData() ? new DemoClock(system) : system;
    }
}
