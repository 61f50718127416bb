package cn.yinling.hotline.cases.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An inclusive range of days: a month or a quarter. */
public record BenefitPeriod(LocalDate start, LocalDate end) {

    public BenefitPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Period ends before it starts: " + start + ".." + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public BenefitPeriod next(PeriodKind kind) {
        return kind.containing(end.plusDays(1));
    }

    /** The periods of the given kind that start inside this one, in order. */
    public List<BenefitPeriod> split(PeriodKind kind) {
        List<BenefitPeriod> parts = new ArrayList<>();
        for (BenefitPeriod p = kind.containing(start); !p.start().isAfter(end); p = p.next(kind)) {
            parts.add(p);
        }
        return parts;
    }
}
