package cn.yinling.hotline.cases.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Household;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each seed policy from early March (Q1) into April (Q2): what is granted, what a visit uses, what
 * expires at the window end and what the new window brings.
 */
class SeedPoliciesAcrossQuarterTest extends CasesSpringTest {

    private static final LocalDateTime MARCH_10 = LocalDateTime.of(2026, 3, 10, 9, 0);

    @BeforeEach
    void aWorker() {
        street.worker(community, 3);
    }

    @Test
    void anqingFreeGrants20HoursAMonthAndTheRestExpiresAtMonthEnd() {
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        assertThat(balance(e).available()).isEqualTo(1200);
        assertThat(balance(e).expiresOn()).isEqualTo(LocalDate.of(2026, 3, 31));

        serve(e, "cleaning", MARCH_10, 120, 150);
        assertThat(balance(e).consumed()).isEqualTo(150);
        assertThat(balance(e).available()).isEqualTo(1050);

        clock.set(LocalDateTime.of(2026, 4, 1, 0, 10));
        entitlements.rollOver();
        Balance april = balance(e);
        assertThat(april.windowStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(april.available()).isEqualTo(1200);
        assertThat(april.expiresOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(marchLedger(e).expired()).isEqualTo(1050);
        assertThat(marchLedger(e).available()).isZero();
    }

    @Test
    void anqingLowCostGrants10HoursAMonth() {
        Elder e = street.elderWithPolicy(community, "ANQING_LOW_COST");
        assertThat(balance(e).available()).isEqualTo(600);
        clock.set(LocalDateTime.of(2026, 4, 2, 8, 0));
        entitlements.rollOver();
        assertThat(balance(e).available()).isEqualTo(600);
        assertThat(marchLedger(e).expired()).isEqualTo(600);
    }

    @Test
    void gaoxinGrants8HoursAMonthAndOverageIsBilledAt20YuanAnHour() {
        Elder e = street.elderWithPolicy(community, "GAOXIN_FREE");
        assertThat(balance(e).available()).isEqualTo(480);
        // 9 hours recorded against 8 left: the ninth is billed to the elder at the service price.
        Booking b = book(e, "cleaning", MARCH_10, 120);
        var record = bookings.recordService(b.getId(), 540, true, null, "test");
        assertThat(record.getCoveredAmount()).isEqualTo(480);
        assertThat(record.getElderPaysFen()).isEqualTo(30_00); // 60 min at the cleaning price of 30 yuan/h
        assertThat(balance(e).available()).isZero();

        clock.set(LocalDateTime.of(2026, 4, 1, 8, 0));
        entitlements.rollOver();
        assertThat(balance(e).available()).isEqualTo(480);
    }

    @Test
    void rural75To79Grants100YuanPerHouseholdEachMonthAndClearsAtQuarterEnd() {
        Household h = street.household(community, Registration.RURAL);
        Elder e = street.elder(h, "张桂兰");
        entitlements.enrol(e.elderId(), "RURAL_75_79", LocalDate.of(2025, 1, 1), null);
        // January, February and March grants are all in the Q1 window.
        assertThat(balance(e).available()).isEqualTo(300_00);
        assertThat(balance(e).expiresOn()).isEqualTo(LocalDate.of(2026, 3, 31));

        serve(e, "cleaning", MARCH_10, 120, 120); // 2 h at 30 yuan = 60 yuan
        assertThat(balance(e).available()).isEqualTo(240_00);

        clock.set(LocalDateTime.of(2026, 4, 1, 0, 10));
        entitlements.rollOver();
        assertThat(marchLedger(e).expired()).isEqualTo(240_00);
        assertThat(balance(e).available()).isEqualTo(100_00);
        assertThat(balance(e).expiresOn()).isEqualTo(LocalDate.of(2026, 6, 30));

        clock.set(LocalDateTime.of(2026, 5, 1, 0, 10));
        entitlements.rollOver();
        assertThat(balance(e).available()).as("May's grant adds up inside the quarter").isEqualTo(200_00);
        assertThat(balance(e).expired()).isZero();
    }

    @Test
    void maanshanVouchersAreIssuedPerQuarterAndVoidAfterIt() {
        Elder e = street.elderWithPolicy(community, "MAANSHAN_VOUCHER");
        assertThat(balance(e).available()).isEqualTo(300_00);
        assertThat(balance(e).expiresOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        serve(e, "bathing", LocalDateTime.of(2026, 3, 20, 10, 0), 60, 60); // 40 yuan
        assertThat(balance(e).available()).isEqualTo(260_00);

        clock.set(LocalDateTime.of(2026, 4, 1, 0, 10));
        entitlements.rollOver();
        assertThat(marchLedger(e).expired()).isEqualTo(260_00);
        assertThat(balance(e).available()).isEqualTo(300_00);
        clock.set(LocalDateTime.of(2026, 5, 15, 0, 10));
        entitlements.rollOver();
        assertThat(balance(e).available()).as("no second grant within the quarter").isEqualTo(300_00);
    }

    @Test
    void rollOverTwiceChangesNothing() {
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        entitlements.rollOver();
        entitlements.rollOver();
        assertThat(balance(e).granted()).isEqualTo(1200);
        clock.set(LocalDateTime.of(2026, 4, 1, 0, 10));
        entitlements.rollOver();
        entitlements.rollOver();
        assertThat(balance(e).granted()).isEqualTo(1200);
        assertThat(marchLedger(e).expired()).isEqualTo(1200);
    }

    private void serve(Elder e, String service, LocalDateTime start, int booked, int actual) {
        Booking b = book(e, service, start, booked);
        bookings.recordService(b.getId(), actual, true, null, "test");
    }

    private Ledger marchLedger(Elder e) {
        Coverage c = entitlements.coverageFor(e.elderId(), LocalDate.of(2026, 3, 15)).orElseThrow();
        return entitlements.ledger(c.accountId(), c.policy().windowContaining(LocalDate.of(2026, 3, 15)));
    }
}
