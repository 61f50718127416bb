package cn.yinling.hotline.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesTestApplication;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Caller;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.support.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo street, replayed with the demo clock over a fixed "now", is what docs/use.md promises. */
@SpringBootTest(classes = {CasesTestApplication.class, DemoStreetTest.DemoClockConfig.class},
        properties = "spring.main.allow-bean-definition-overriding=true")
class DemoStreetTest {

    @TestConfiguration
    static class DemoClockConfig {
        @Bean
        @Primary
        Clock demoClock() {
            return new DemoClock(new TestClock(LocalDateTime.of(2026, 11, 22, 9, 0)));
        }
    }

    @Autowired
    DemoStreet demo;
    @Autowired
    ElderRepository elderRepository;
    @Autowired
    Elders elders;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Bookings bookings;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsTwoHundredEldersWithHistoryOnceAndTheReadmeEldersAnswer() {
        demo.loadIfEmpty();
        demo.loadIfEmpty();
        assertThat(elderRepository.count()).isEqualTo(200);

        Caller wang = elders.findByPhone("13800000001").orElseThrow();
        assertThat(wang.elder().getFullName()).isEqualTo("王秀英");
        assertThat(wang.elder().idNumber().lastFour()).as("docs/use.md lists it").isEqualTo("4151");
        assertThat(elders.findByPhone("0555-2100001").orElseThrow().elder().getId()).isEqualTo(wang.elder().getId());
        assertThat(elders.familyOf(wang.elder().elderId())).anySatisfy(f ->
                assertThat(f.getWechatOpenid()).isEqualTo(DemoStreet.DEMO_OPENID));
        assertThat(entitlements.balances(wang.elder().elderId())).singleElement()
                .satisfies(b -> assertThat(b.policyCode()).isEqualTo("ANQING_FREE"));

        Caller zhang = elders.findByPhone("13800000003").orElseThrow();
        Caller zhangHusband = elders.findByPhone("13800000013").orElseThrow();
        assertThat(entitlements.balances(zhang.elder().elderId()).get(0).available())
                .isEqualTo(entitlements.balances(zhangHusband.elder().elderId()).get(0).available());

        assertThat(elders.findByPhone("13800000005").map(c -> entitlements.balances(c.elder().elderId()))).get()
                .satisfies(list -> assertThat(list).isEmpty());
        assertThat(cases.queue()).hasSizeGreaterThanOrEqualTo(2);
        long withHistory = elderRepository.findAll().stream()
                .filter(e -> !bookings.recent(e.elderId()).isEmpty()).count();
        assertThat(withHistory).isGreaterThan(50);

        // The dashboard's history: calls and chats with intents on the replayed days, closed hand-overs, ratings.
        Instant firstStart = LocalDateTime.of(2026, 11, 22, 0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        assertThat(jdbc.queryForObject("select count(*) from conversation where channel = 'VOICE' and started_at < ?",
                Long.class, firstStart.atOffset(ZoneOffset.UTC))).isGreaterThanOrEqualTo(21 * 6);
        assertThat(jdbc.queryForObject("select count(*) from conversation where channel = 'WECHAT' and started_at < ?",
                Long.class, firstStart.atOffset(ZoneOffset.UTC))).isGreaterThanOrEqualTo(21 * 3);
        assertThat(jdbc.queryForObject("select count(*) from message where intent is not null", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from care_case where status = 'CLOSED' and created_at < ?",
                Long.class, firstStart.atOffset(ZoneOffset.UTC))).isGreaterThanOrEqualTo(21 * 2);
        assertThat(jdbc.queryForObject("select count(*) from service_record where rating is not null", Long.class))
                .isGreaterThan(100);
    }
}
