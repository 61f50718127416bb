package cn.yinling.hotline.cases.booking;

import static cn.yinling.hotline.cases.support.Race.race;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.BookingRefusedException.Reason;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many bookings at the same instant against one balance or one worker slot: the row locks must
 * let exactly the right number through, on whichever database the subclass runs.
 */
abstract class LastHourRaceTest extends CasesSpringTest {

    private static final int THREADS = 100;

    @Test
    void hundredThreadsRacingForTheLastHourLetExactlyTwoHalfHoursThrough() throws Exception {
        // One worker per hour of the day, so the bookings lock different workers and only the
        // entitlement account's lock stands between them and an overspent balance.
        for (int hour = 8; hour < 16; hour++) {
            street.worker(community, 1, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0));
        }
        Elder e = street.elderWithPolicy(community, "GAOXIN_FREE");
        entitlements.adjust(e.elderId(), "GAOXIN_FREE", LocalDate.of(2026, 3, 2), -420, "used on paper before go-live", "test");
        assertThat(balance(e).available()).isEqualTo(60);

        Map<Reason, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger booked = new AtomicInteger();
        race(THREADS, i -> {
            // Distinct half-hours on distinct days, so only the balance can refuse.
            LocalDateTime start = LocalDateTime.of(2026, 3, 4 + i / 8, 8 + i % 8, 0);
            try {
                book(e, "cleaning", start, 30);
                booked.incrementAndGet();
            } catch (BookingRefusedException r) {
                refusals.computeIfAbsent(r.reason(), k -> new AtomicInteger()).incrementAndGet();
            }
        });

        assertThat(booked.get()).isEqualTo(2);
        assertThat(refusals).containsOnlyKeys(Reason.INSUFFICIENT_BALANCE);
        assertThat(refusals.get(Reason.INSUFFICIENT_BALANCE).get()).isEqualTo(THREADS - 2);
        assertThat(balance(e).available()).isZero();
        assertThat(balance(e).held()).isEqualTo(60);
    }

    @Test
    void twentyEldersRacingForOneWorkersSlotLetExactlyOneThrough() throws Exception {
        street.worker(community, 1);
        List<Elder> elders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            elders.add(street.elderWithPolicy(community, "ANQING_FREE"));
        }
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        race(elders.size(), i -> {
            try {
                book(elders.get(i), "cleaning", LocalDateTime.of(2026, 3, 5, 9, 0), 120);
                booked.incrementAndGet();
            } catch (BookingRefusedException r) {
                assertThat(r.reason()).isEqualTo(Reason.NO_CAPACITY);
                full.incrementAndGet();
            }
        });
        assertThat(booked.get()).isEqualTo(1);
        assertThat(full.get()).isEqualTo(19);
    }
}
