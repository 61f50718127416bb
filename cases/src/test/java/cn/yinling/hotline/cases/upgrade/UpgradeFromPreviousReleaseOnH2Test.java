package cn.yinling.hotline.cases.upgrade;

import cn.yinling.hotline.cases.CasesTestApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade on the embedded H2: a database file, as the default profile keeps under ./data. */
@SpringBootTest(classes = CasesTestApplication.class)
class UpgradeFromPreviousReleaseOnH2Test extends UpgradeFromPreviousRelease {

    @DynamicPropertySource
    static void previousReleaseDatabase(DynamicPropertyRegistry registry) {
        String url;
        try {
            url = "jdbc:h2:file:" + Files.createTempDirectory("hotline-upgrade").resolve("hotline").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PreviousRelease.writeTo(url, "sa", "");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
