package cn.yinling.hotline.cases.queue;

import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same queue-call behaviour on a real PostgreSQL server (row locks, timestamps with time zone). */
class QueueCallsOnPostgresTest extends QueueCallsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
