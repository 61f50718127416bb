package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.performance.AssessmentFigures;
import cn.yinling.hotline.cases.performance.FigureLine;
import cn.yinling.hotline.cases.performance.Figures;
import cn.yinling.hotline.cases.performance.MonthFigures;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Each provider's satisfaction this month and last against the target (the seeds' ≥ 95%), from the
 * same monthly figures as the assessment page, so the two never disagree.
 */
@Component
class ProviderSatisfactions {

    /** One provider's line: below target is highlighted. */
    record Line(long providerId, String name, Satisfaction thisMonth, Satisfaction lastMonth) {
    }

    /** The two months and their lines. */
    record Board(YearMonth thisMonth, YearMonth lastMonth, int targetPercent, List<Line> lines) {
    }

    private final AssessmentFigures figures;
    private final DashboardProperties dashboard;
    private final CasesProperties properties;
    private final Clock clock;

    ProviderSatisfactions(AssessmentFigures figures, DashboardProperties dashboard, CasesProperties properties, Clock clock) {
        this.figures = figures;
        this.dashboard = dashboard;
        this.properties = properties;
        this.clock = clock;
    }

    Board now() {
        YearMonth thisMonth = YearMonth.from(clock.instant().atZone(properties.zone()));
        MonthFigures now = figures.month(thisMonth);
        MonthFigures before = figures.month(thisMonth.minusMonths(1));
        List<Line> lines = now.providers().stream()
                .map(p -> new Line(p.id(), p.name(), of(p.figures()),
                        of(before.provider(p.id()).map(FigureLine::figures).orElse(Figures.NONE))))
                .toList();
        return new Board(thisMonth, thisMonth.minusMonths(1), dashboard.satisfactionTarget(), lines);
    }

    private Satisfaction of(Figures f) {
        return Satisfaction.of(f.rated(), f.satisfied(), dashboard.satisfactionTarget());
    }
}
