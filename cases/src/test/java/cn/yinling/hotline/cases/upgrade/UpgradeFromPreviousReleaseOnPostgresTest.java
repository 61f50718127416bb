package cn.yinling.hotline.cases.upgrade;

import cn.yinling.hotline.cases.CasesTestApplication;
import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade on PostgreSQL: the one of {@code HOTLINE_TEST_PG_URL}, else the embedded one. */
@SpringBootTest(classes = CasesTestApplication.class)
class UpgradeFromPreviousReleaseOnPostgresTest extends UpgradeFromPreviousRelease {

    @DynamicPropertySource
    static void previousReleaseDatabase(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        PreviousRelease.writeTo(db.url(), db.user(), db.password());
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
