package cn.yinling.hotline.cases.outbound;

import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Outbound call tokens on a real PostgreSQL server, as the nodes of a production hotline share them. */
class OutboundCallTokensOnPostgresTest extends OutboundCallTokensTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
    }
}
