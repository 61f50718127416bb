package cn.yinling.hotline.cases.settlement;

import static cn.yinling.hotline.cases.support.Race.race;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.RealPostgres;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A month closed while its visits are being recorded, on a real PostgreSQL server: each visit ends up
 * either in the closed figures (and so in their digest) or in the next month as an adjustment, never
 * in the closed month after its digest was taken, and never in neither.
 */
class MonthCloseRaceOnPostgresTest extends CasesSpringTest {

    private static final int VISITS = 20;
    private static final YearMonth APRIL = YearMonth.of(2034, 4);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "30");
    }

    @Autowired
    Statements statements;
    @Autowired
    SettlementMonths months;

    @Test
    void everyVisitRecordedAsTheMonthClosesIsInTheClosedFiguresOrInTheNextMonth() throws Exception {
        clock.set(LocalDateTime.of(2034, 4, 2, 9, 0));
        street.worker(community, VISITS);
        List<Booking> booked = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            booked.add(book(e, "cleaning", LocalDateTime.of(2034, 4, 20, 10, 0), 60));
        }
        clock.set(LocalDateTime.of(2034, 5, 2, 9, 0));

        race(VISITS + 1, i -> {
            if (i == VISITS) {
                months.close(APRIL, "supervisor");
            } else {
                bookings.recordService(booked.get(i).getId(), 60, true, null, "worker");
            }
        });

        assertThat(statements.view(APRIL).closed()).isTrue();
        assertThat(statements.view(APRIL).digestMatches()).isTrue();
        List<Long> settled = Stream.concat(statements.linesOf(APRIL).stream(),
                statements.linesOf(APRIL.plusMonths(1)).stream().filter(StatementLine::adjustment))
                .map(StatementLine::bookingId).toList();
        assertThat(settled).containsExactlyInAnyOrderElementsOf(booked.stream().map(Booking::getId).toList());
    }
}
