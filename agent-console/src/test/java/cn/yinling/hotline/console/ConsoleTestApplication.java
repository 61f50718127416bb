package cn.yinling.hotline.console;

import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.support.CaseDatabaseTestBeans;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The case database, the dialog engine and the console, with a settable clock, for this module's Spring tests. */
@SpringBootApplication(scanBasePackages = "cn.yinling.hotline")
@AutoConfigurationPackage(basePackages = "cn.yinling.hotline") // entities and repositories live in cases
@ConfigurationPropertiesScan("cn.yinling.hotline")
@EnableScheduling
@Import(CaseDatabaseTestBeans.class)
public class ConsoleTestApplication {

    /** Monday 2026-03-02 09:00 in Shanghai (see {@link CaseDatabaseTestBeans#START}). */
    public static final LocalDateTime START = CaseDatabaseTestBeans.START;

    @Bean
    TestAgents testAgents(AgentRepository agents, PasswordEncoder encoder) {
        return new TestAgents(agents, encoder);
    }
}
