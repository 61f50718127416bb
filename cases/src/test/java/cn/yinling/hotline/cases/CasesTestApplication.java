package cn.yinling.hotline.cases;

import cn.yinling.hotline.cases.support.CaseDatabaseTestBeans;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The case database alone, with a settable clock, for this module's Spring tests. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(CaseDatabaseTestBeans.class)
public class CasesTestApplication {

    /** Monday 2026-03-02 09:00 in Shanghai (see {@link CaseDatabaseTestBeans#START}). */
    public static final LocalDateTime START = CaseDatabaseTestBeans.START;
}
