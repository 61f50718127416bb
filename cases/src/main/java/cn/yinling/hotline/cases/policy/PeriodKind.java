package cn.yinling.hotline.cases.policy;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar period: grants are issued per period and expire at the end of one. */
public enum PeriodKind {
    MONTH, QUARTER;

    public BenefitPeriod containing(LocalDate day) {
        return switch (this) {
            case MONTH -> new BenefitPeriod(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
            case QUARTER -> {
                int firstMonth = (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
                LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
                LocalDate end = start.plusMonths(3).minusDays(1);
                yield new BenefitPeriod(start, end);
            }
        };
    }
}
