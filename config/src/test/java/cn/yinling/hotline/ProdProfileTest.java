package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.RealRedis;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prod profile against a real PostgreSQL and a real Redis: schema by Flyway, no demo data, Redis
 * in health (for the monitoring host the operator named), and the console's session cookie only over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProdProfileTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        // The same variables an operator sets (application-prod.yml reads them).
        registry.add("HOTLINE_DB_URL", db::url);
        registry.add("HOTLINE_DB_USER", db::user);
        registry.add("HOTLINE_DB_PASSWORD", db::password);
        registry.add("HOTLINE_REDIS_URL", () -> RealRedis.url().toString());
        registry.add("HOTLINE_ACTUATOR_INTERNAL_NETWORKS", () -> "127.0.0.1/32");
        registry.add("HOTLINE_ID_NUMBER_KEY", () -> "prod-profile-test-id-number-key");
        registry.add("HOTLINE_SMS_PROVIDER", () -> "none");
    }

    @LocalServerPort
    int port;
    @Autowired
    ElderRepository elders;
    @Autowired
    SubsidyPolicyRepository policies;

    @Test
    void startsOnPostgresAndRedisWithPoliciesButNoDemoData() throws Exception {
        assertThat(elders.count()).isZero();
        assertThat(policies.findByCode("RURAL_75_79")).isPresent();
        HttpResponse<String> health = Http.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("PostgreSQL").contains("\"redis\":{\"status\":\"UP\"");
        assertThat(Http.get(port, "/login").headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("SameSite=Lax"));
    }
}
