package cn.yinling.hotline.cases.upgrade;

import cn.yinling.hotline.cases.CasesTestApplication;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade on the embedded H2: a database file, as the default profile keeps under ./data. */
@SpringBootTest(classes = CasesTestApplication.class)
class UpgradeFromPreviousReleaseOnH2Test extends UpgradeFromPreviousRelease {

    @DynamicPropertySource
    static void previousReleaseDatabase(DynamicPropertyRegistry registry) {
        // Under target/, so that the build's clean removes it.
        String url = "jdbc:h2:file:" + Path.of("target", "upgrade-" + UUID.randomUUID(), "hotline").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE";
        PreviousRelease.writeTo(url, "sa", "");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
