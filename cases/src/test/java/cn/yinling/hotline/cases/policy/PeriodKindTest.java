package cn.yinling.hotline.cases.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodKindTest {

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        assertThat(PeriodKind.MONTH.containing(LocalDate.of(2028, 2, 15)))
                .isEqualTo(new BenefitPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertThat(PeriodKind.QUARTER.containing(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new BenefitPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(PeriodKind.QUARTER.containing(LocalDate.of(2026, 4, 1)))
                .isEqualTo(new BenefitPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(PeriodKind.QUARTER.containing(LocalDate.of(2026, 12, 31)).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aQuarterSplitsIntoThreeMonths() {
        BenefitPeriod q = PeriodKind.QUARTER.containing(LocalDate.of(2026, 11, 22));
        assertThat(q.split(PeriodKind.MONTH)).extracting(BenefitPeriod::start)
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        assertThat(q.next(PeriodKind.QUARTER).start()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
