package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.eligibility.Enrolments;
import cn.yinling.hotline.cases.intake.ElderIntake;
import cn.yinling.hotline.cases.intake.NewElder;
import cn.yinling.hotline.cases.support.IdNumbers;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.RealRedis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prod profile from an empty PostgreSQL: an elder taken in (what the console's intake form calls)
 * is enrolled by the deployment's automatic policies, with no demo data and no SQL.
 */
@SpringBootTest
@ActiveProfiles("prod")
class ProdEligibilityTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("HOTLINE_DB_URL", db::url);
        registry.add("HOTLINE_DB_USER", db::user);
        registry.add("HOTLINE_DB_PASSWORD", db::password);
        registry.add("HOTLINE_REDIS_URL", () -> RealRedis.url().toString());
        registry.add("HOTLINE_ID_NUMBER_KEY", () -> "prod-eligibility-test-id-number-key");
        registry.add("HOTLINE_SMS_PROVIDER", () -> "none");
        registry.add("hotline.ivr.port", () -> "0");
    }

    @Autowired
    ElderIntake intake;
    @Autowired
    Enrolments enrolments;

    @Test
    void anElderTakenInIsEnrolledByTheDeploymentsRules() {
        LocalDate born = LocalDate.now().minusYears(77);
        ElderIntake.Outcome out = intake.register(new NewElder("张桂兰", null, null, IdNumbers.fresh(born, false),
                Registration.RURAL, "枫林村三组8号", "雨山街道", "枫林社区", List.of(), List.of(), LivingSituation.WITH_FAMILY,
                ElderFlags.none(), null, null, null, null, null), "admin");
        assertThat(out.problems()).isEmpty();
        assertThat(enrolments.history(out.elderId())).singleElement().satisfies(l -> {
            assertThat(l.policyCode()).isEqualTo("RURAL_75_79");
            assertThat(l.current()).isTrue();
            assertThat(l.startReason()).isEqualTo("年满75周岁，农村户籍");
        });
    }
}
