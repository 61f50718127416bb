package cn.yinling.hotline.cases.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The figures of one month for every provider and every worker who was active or did a visit. */
public record MonthFigures(YearMonth month, int graceMinutes, List<FigureLine> providers, List<FigureLine> workers) {

    public Optional<FigureLine> provider(long id) {
        return providers.stream().filter(l -> l.id() == id).findFirst();
    }

    public Optional<FigureLine> worker(long id) {
        return workers.stream().filter(l -> l.id() == id).findFirst();
    }

    public List<FigureLine> workersOf(long providerId) {
        return workers.stream().filter(l -> l.providerId() == providerId).toList();
    }
}
