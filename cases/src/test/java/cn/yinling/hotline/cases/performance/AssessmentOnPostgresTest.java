package cn.yinling.hotline.cases.performance;

import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The figures, proposals and review, and the V30 migration, on a real PostgreSQL server as in production. */
class AssessmentOnPostgresTest extends AssessmentTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
