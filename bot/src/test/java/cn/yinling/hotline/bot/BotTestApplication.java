package cn.yinling.hotline.bot;

import cn.yinling.hotline.cases.support.CaseDatabaseTestBeans;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The case database and the dialog engine, with a settable clock, for this module's Spring tests. */
@SpringBootApplication(scanBasePackages = "cn.yinling.hotline")
@AutoConfigurationPackage(basePackages = "cn.yinling.hotline") // entities and repositories live in cases
@ConfigurationPropertiesScan("cn.yinling.hotline")
@Import(CaseDatabaseTestBeans.class)
public class BotTestApplication {

    /** Monday 2026-03-02 09:00 in Shanghai (see {@link CaseDatabaseTestBeans#START}). */
    public static final LocalDateTime START = CaseDatabaseTestBeans.START;
}
