package cn.yinling.hotline.cases.application;

import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application workflow, and the V25 migration, on a real PostgreSQL server as in production. */
class VoucherApplicationsOnPostgresTest extends VoucherApplicationsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
