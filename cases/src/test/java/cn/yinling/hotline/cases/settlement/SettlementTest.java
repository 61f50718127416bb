package cn.yinling.hotline.cases.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.ServiceRecord;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.entitlement.LedgerEntry;
import cn.yinling.hotline.cases.entitlement.LedgerEntryRepository;
import cn.yinling.hotline.cases.entitlement.LedgerKind;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.settlement.Reconciliation.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements per provider against the ledger, and closing a month, on whichever database the subclass
 * runs. Each situation uses a month of its own far from other tests' (the calendar is the whole
 * centre's, shared by the test context).
 */
abstract class SettlementTest extends CasesSpringTest {

    @Autowired
    Statements statements;
    @Autowired
    SettlementMonths months;
    @Autowired
    LedgerEntryRepository ledger;
    @Autowired
    JdbcTemplate jdbc;

    private static final YearMonth APRIL_2029 = YearMonth.of(2029, 4);
    private static final YearMonth APRIL = YearMonth.of(2030, 4);
    private static final YearMonth MAY = YearMonth.of(2030, 5);

    @Test
    void totalsPerPolicyAreTheLedgersConsumptionToTheFenWithOverageAndPartialCoverage() {
        clock.set(LocalDateTime.of(2029, 4, 2, 9, 0));
        Worker worker = street.worker(community, 3);
        Elder anqing = street.elderWithPolicy(community, "ANQING_FREE");      // 1200 min a month, 8 yuan an hour
        Elder gaoxin = street.elderWithPolicy(community, "GAOXIN_FREE");      // 480 min a month, 20 yuan an hour
        Elder voucher = street.elderWithPolicy(community, "MAANSHAN_VOUCHER"); // 300 yuan a quarter
        Elder paying = street.elderWithPolicy(community, null);

        record(book(anqing, "cleaning", at(5, 10), 120), 135);         // 135 min × 8 元/h = 18.00
        record(book(anqing, "laundry", at(6, 10), 60), 50);            // 50 min = 6.666… → 6.67 (half up)
        record(book(gaoxin, "day_care", at(5, 8), 420), 420);          // 420 min × 20 元/h = 140.00
        Booking partly = bookings.book(request(gaoxin, "cleaning", at(6, 14), 120, true)); // 60 min left
        record(partly, 125);                                           // 60 covered = 20.00; 65 min × 30 元/h = 32.50 by the elder
        record(book(voucher, "cleaning", at(5, 14), 120), 130);        // 130 min × 30 元/h = 65.00
        Booking dayCare = bookings.book(request(voucher, "day_care", at(7, 8), 600, true)); // 250.00, 235.00 left
        record(dayCare, 600);                                          // 235.00 covered, 15.00 by the elder
        record(book(paying, "cleaning", at(5, 10), 120), 120);         // 60.00, all by the elder

        Statement s = statements.of(worker.getProviderId(), APRIL_2029);

        Map<String, PolicyTotal> totals = s.totals().stream()
                .collect(Collectors.toMap(t -> t.policyCode() == null ? "" : t.policyCode(), t -> t));
        assertThat(totals.get("ANQING_FREE")).extracting(PolicyTotal::visits, PolicyTotal::minutes,
                PolicyTotal::coveredAmount, PolicyTotal::subsidyFen, PolicyTotal::elderPaysFen)
                .containsExactly(2L, 185L, 185L, 18_00L + 6_67L, 0L);
        assertThat(totals.get("GAOXIN_FREE")).extracting(PolicyTotal::visits, PolicyTotal::minutes,
                PolicyTotal::coveredAmount, PolicyTotal::subsidyFen, PolicyTotal::elderPaysFen)
                .containsExactly(2L, 545L, 480L, 140_00L + 20_00L, 32_50L);
        // The voucher's 300.00: 65.00 for the cleaning, the 235.00 left for the day care of 250.00.
        assertThat(totals.get("MAANSHAN_VOUCHER")).extracting(PolicyTotal::visits, PolicyTotal::minutes,
                PolicyTotal::coveredAmount, PolicyTotal::subsidyFen, PolicyTotal::elderPaysFen)
                .containsExactly(2L, 730L, 300_00L, 300_00L, 15_00L);
        assertThat(totals.get("")).extracting(PolicyTotal::visits, PolicyTotal::subsidyFen, PolicyTotal::elderPaysFen)
                .containsExactly(1L, 0L, 60_00L);
        assertThat(s.subsidyFen()).isEqualTo(18_00 + 6_67 + 140_00 + 20_00 + 300_00);
        assertThat(s.elderPaysFen()).isEqualTo(32_50 + 15_00 + 60_00);

        assertThat(s.reconciliation().balanced()).isTrue();
        assertThat(s.reconciliation().policies()).allSatisfy(p -> {
            assertThat(p.statementFen()).isEqualTo(p.ledgerFen());
            assertThat(p.ledgerAmount()).isEqualTo(consumedFromLedger(s, p.policyCode()));
        });
    }

    @Test
    void aRecordThatDisagreesWithTheLedgerAndConsumptionWithoutARecordAreShownAndStopTheClose() {
        clock.set(LocalDateTime.of(2031, 4, 2, 9, 0));
        Worker worker = street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking served = book(e, "cleaning", LocalDateTime.of(2031, 4, 8, 10, 0), 120);
        record(served, 120);
        Booking unrecorded = book(e, "laundry", LocalDateTime.of(2031, 4, 9, 10, 0), 60);
        assertThat(statements.of(worker.getProviderId(), YearMonth.of(2031, 4)).reconciliation().balanced()).isTrue();

        jdbc.update("update service_record set covered_amount = 100 where booking_id = ?", served.getId());
        jdbc.update("""
                insert into ledger_entry (account_id, kind, amount, window_start, window_end, booking_id, created_by, created_at)
                values (?, 'CONSUME', -30, ?, ?, ?, 'test', current_timestamp)""",
                unrecorded.getAccountId(), LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 30), unrecorded.getId());

        Reconciliation r = statements.of(worker.getProviderId(), YearMonth.of(2031, 4)).reconciliation();
        assertThat(r.balanced()).isFalse();
        assertThat(r.differences()).extracting(Reconciliation.Difference::bookingId, Reconciliation.Difference::kind,
                Reconciliation.Difference::statementAmount, Reconciliation.Difference::ledgerAmount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(served.getId(), Kind.AMOUNT, 100L, 120L),
                        org.assertj.core.groups.Tuple.tuple(unrecorded.getId(), Kind.NO_RECORD, 0L, 30L));

        clock.set(LocalDateTime.of(2031, 5, 3, 9, 0));
        assertThatThrownBy(() -> months.close(YearMonth.of(2031, 4), "supervisor"))
                .isInstanceOfSatisfying(CloseRefusedException.class,
                        c -> assertThat(c.reason()).isEqualTo(CloseRefusedException.Reason.NOT_RECONCILED));
        assertThat(statements.view(YearMonth.of(2031, 4)).closed()).isFalse();
    }

    @Test
    void aMonthCannotBeClosedBeforeItEnds() {
        clock.set(LocalDateTime.of(2030, 4, 30, 23, 0));
        assertThatThrownBy(() -> months.close(APRIL, "supervisor"))
                .isInstanceOfSatisfying(CloseRefusedException.class,
                        c -> assertThat(c.reason()).isEqualTo(CloseRefusedException.Reason.NOT_ENDED));
    }

    @Test
    void aLateRecordingGoesIntoTheNextOpenMonthAsAnAdjustmentAndTheClosedFiguresStayAsTheyWere() {
        clock.set(LocalDateTime.of(2030, 4, 20, 9, 0));
        Worker worker = street.worker(community, 2);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        record(book(e, "cleaning", LocalDateTime.of(2030, 4, 22, 10, 0), 120), 120);
        Booking late = book(e, "cleaning", LocalDateTime.of(2030, 4, 29, 10, 0), 90);

        clock.set(LocalDateTime.of(2030, 5, 2, 9, 0));
        assertThat(statements.unrecorded(APRIL)).isGreaterThanOrEqualTo(1);
        Statement before = statements.of(worker.getProviderId(), APRIL);
        SettlementMonthView closed = months.close(APRIL, "supervisor");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo("supervisor");
        assertThat(closed.digestMatches()).isTrue();
        assertThatThrownBy(() -> months.close(APRIL, "supervisor"))
                .isInstanceOfSatisfying(CloseRefusedException.class,
                        c -> assertThat(c.reason()).isEqualTo(CloseRefusedException.Reason.ALREADY_CLOSED));

        ServiceRecord r = bookings.recordService(late.getId(), 90, true, null, "worker");
        assertThat(r.getSettlementMonth()).isEqualTo(MAY);
        assertThat(r.getSubsidyFen()).isEqualTo(12_00); // 90 min × 8 元/h

        Statement after = statements.of(worker.getProviderId(), APRIL);
        assertThat(after.lines()).isEqualTo(before.lines());
        assertThat(after.totals()).isEqualTo(before.totals());
        assertThat(after.month().digestMatches()).isTrue();
        Statement may = statements.of(worker.getProviderId(), MAY);
        assertThat(may.lines()).singleElement().satisfies(l -> {
            assertThat(l.bookingId()).isEqualTo(late.getId());
            assertThat(l.adjustment()).isTrue();
            assertThat(l.servedIn()).isEqualTo(APRIL);
            assertThat(l.subsidyFen()).isEqualTo(12_00);
        });
        assertThat(may.reconciliation().balanced()).isTrue();
    }

    @Test
    void aLedgerAdjustmentDatedInAClosedMonthIsRefusedAndOneInAnOpenMonthIsTaken() {
        clock.set(LocalDateTime.of(2030, 9, 3, 9, 0));
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        months.close(YearMonth.of(2030, 8), "supervisor");
        assertThatThrownBy(() -> entitlements.adjust(e.elderId(), "ANQING_FREE", LocalDate.of(2030, 8, 20), 60,
                "补发", "supervisor")).isInstanceOf(MonthClosedException.class);
        entitlements.adjust(e.elderId(), "ANQING_FREE", LocalDate.of(2030, 9, 3), 60, "补发", "supervisor");
        assertThat(balance(e).adjusted()).isEqualTo(60);
    }

    private long consumedFromLedger(Statement s, String policyCode) {
        List<Long> bookingIds = s.lines().stream().filter(l -> policyCode.equals(l.policyCode()))
                .map(StatementLine::bookingId).toList();
        return -bookingIds.stream().flatMap(id -> ledger.findByBookingIdOrderById(id).stream())
                .filter(x -> x.getKind() == LedgerKind.CONSUME).mapToLong(LedgerEntry::getAmount).sum();
    }

    private void record(Booking b, int minutes) {
        bookings.recordService(b.getId(), minutes, true, null, "worker");
    }

    private static LocalDateTime at(int day, int hour) {
        return LocalDateTime.of(2029, 4, day, hour, 0);
    }
}
