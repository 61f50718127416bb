package cn.yinling.hotline.cases.performance;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the figures of workers and providers over whole months, from the bookings and their work
 * orders, the check-ins at the door, the ratings and the complaints' outcomes. A visit belongs to the
 * month it was booked for and to the provider on its work order (the worker's provider when it has
 * none); an upheld complaint to the month its outcome was recorded. Plain SQL over several tables,
 * tallied in Java where the zone is (visit times are local, check-in times instants).
 */
@Service
public class AssessmentFigures {

    /** The figures of one window, by worker id and by provider id. */
    record Tally(Map<Long, Figures> byWorker, Map<Long, Figures> byProvider) {
    }

    private final JdbcTemplate jdbc;
    private final AssessmentRules rules;
    private final ProviderRepository providers;
    private final WorkerRepository workers;
    private final ZoneId zone;

    AssessmentFigures(JdbcTemplate jdbc, AssessmentRules rules, ProviderRepository providers, WorkerRepository workers,
            CasesProperties properties) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.providers = providers;
        this.workers = workers;
        this.zone = properties.zone();
    }

    /** Every provider and worker that was active or did a visit in the month, by name. */
    @Transactional(readOnly = true)
    public MonthFigures month(YearMonth month) {
        Tally t = tally(month, month);
        Map<Long, Provider> providerById = providers.findAll().stream().collect(Collectors.toMap(Provider::getId, p -> p));
        List<FigureLine> providerLines = providerById.values().stream()
                .filter(p -> p.isActive() || t.byProvider().containsKey(p.getId()))
                .map(p -> new FigureLine(SubjectKind.PROVIDER, p.getId(), p.getName(), null, p.getId(), p.getName(),
                        t.byProvider().getOrDefault(p.getId(), Figures.NONE)))
                .sorted(Comparator.comparing(FigureLine::id)).toList();
        List<FigureLine> workerLines = workers.findAll().stream()
                .filter(w -> w.isActive() || t.byWorker().containsKey(w.getId()))
                .map(w -> new FigureLine(SubjectKind.WORKER, w.getId(), w.getFullName(), w.getWorkerNumber(),
                        w.getProviderId(), providerName(providerById, w.getProviderId()),
                        t.byWorker().getOrDefault(w.getId(), Figures.NONE)))
                .sorted(Comparator.comparing(FigureLine::providerId).thenComparing(FigureLine::id)).toList();
        return new MonthFigures(month, rules.onTimeGraceMinutes(), providerLines, workerLines);
    }

    /** The figures of the months {@code first} to {@code last}, both included. */
    @Transactional(readOnly = true)
    Tally tally(YearMonth first, YearMonth last) {
        LocalDateTime from = first.atDay(1).atStartOfDay();
        LocalDateTime to = last.plusMonths(1).atDay(1).atStartOfDay();
        Map<Long, Figures> byWorker = new HashMap<>();
        Map<Long, Figures> byProvider = new HashMap<>();
        jdbc.query("""
                select b.worker_id, coalesce(wo.provider_id, w.provider_id), b.starts_at, v.arrived_at,
                       coalesce(sr.rating, v.elder_rating)
                from booking b
                join worker w on w.id = b.worker_id
                left join work_order wo on wo.booking_id = b.id
                left join visit v on v.booking_id = b.id
                left join service_record sr on sr.booking_id = b.id
                where b.starts_at >= ? and b.starts_at < ? and (b.status = 'COMPLETED' or wo.state = 'DONE')""",
                rs -> {
                    LocalDateTime start = rs.getObject(3, LocalDateTime.class);
                    OffsetDateTime arrived = rs.getObject(4, OffsetDateTime.class);
                    int r = rs.getInt(5);
                    Integer rating = rs.wasNull() ? null : r;
                    boolean onTime = arrived != null && !arrived.atZoneSameInstant(zone).toLocalDateTime()
                            .isAfter(start.plusMinutes(rules.onTimeGraceMinutes()));
                    add(byWorker, rs.getLong(1), f -> f.withVisit(arrived != null, onTime, rating));
                    add(byProvider, rs.getLong(2), f -> f.withVisit(arrived != null, onTime, rating));
                }, from, to);
        String outcomes = rules.upheldOutcomes().stream().map(ComplaintOutcome::name).sorted()
                .map(o -> "'" + o + "'").collect(Collectors.joining(","));
        jdbc.query("""
                select c.worker_id, coalesce(wo.provider_id, w.provider_id)
                from care_case c
                join worker w on w.id = c.worker_id
                left join work_order wo on wo.booking_id = c.booking_id
                where c.type = 'COMPLAINT' and c.complaint_outcome in (%s) and c.outcome_at >= ? and c.outcome_at < ?"""
                .formatted(outcomes),
                rs -> {
                    add(byWorker, rs.getLong(1), Figures::withUpheldComplaint);
                    add(byProvider, rs.getLong(2), Figures::withUpheldComplaint);
                }, at(from), at(to));
        return new Tally(byWorker, byProvider);
    }

    private static void add(Map<Long, Figures> map, long id, Function<Figures, Figures> change) {
        map.put(id, change.apply(map.getOrDefault(id, Figures.NONE)));
    }

    private OffsetDateTime at(LocalDateTime local) {
        return local.atZone(zone).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String providerName(Map<Long, Provider> providers, long id) {
        Provider p = providers.get(id);
        return p == null ? "" : p.getName();
    }
}
