package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispatch sweep's query and locks on a real PostgreSQL server (V26 included), as in production. */
class DispatchSweepOnPostgresTest extends DispatchSweepTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
