package cn.yinling.hotline.cases.checkin;

import cn.yinling.hotline.cases.support.RealPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The check-in claim race on a real PostgreSQL server, as in production ({@code FOR UPDATE SKIP LOCKED}). */
class CheckinClaimRaceOnPostgresTest extends CheckinClaimRaceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
    }

    @Override
    protected boolean nodesShareTheWork() {
        return true;
    }
}
