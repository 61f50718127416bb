package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import cn.yinling.hotline.cases.settlement.StatementLine;
import cn.yinling.hotline.cases.settlement.Statements;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.dashboard.BureauReport.Count;
import cn.yinling.hotline.console.dashboard.BureauReport.PolicyLine;
import cn.yinling.hotline.console.dashboard.BureauReport.ServiceLine;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the bureau's monthly report. Served visits, hours and yuan are the settled lines of the
 * month (so the report's yuan are the sum of the providers' statements, a late recording counting in
 * the month it was settled in); the hotline's own figures are those of the dashboard for the month.
 */
@Service
class BureauReports {

    private static final List<String> PROOFS = List.of("ELDER_PHONE", "VISIT_CODE", "STAFF", "");
    private static final List<String> OUTCOMES = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "");

    private final Statements statements;
    private final SubsidyPolicyRepository policies;
    private final FigureQueries figures;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final DashboardProperties dashboard;
    private final Clock clock;

    BureauReports(Statements statements, SubsidyPolicyRepository policies, FigureQueries figures,
            ConsoleMessages messages, CasesProperties properties, DashboardProperties dashboard, Clock clock) {
        this.statements = statements;
        this.policies = policies;
        this.figures = figures;
        this.messages = messages;
        this.properties = properties;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    BureauReport of(YearMonth month) {
        ZoneId zone = properties.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<StatementLine> lines = statements.linesOf(month);

        List<PolicyLine> byPolicy = byPolicy(lines);
        PolicyLine total = line("", messages.get("bureau.total"), lines);
        List<ServiceLine> byService = lines.stream()
                .collect(Collectors.groupingBy(StatementLine::serviceName, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new ServiceLine(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(StatementLine::minutes).sum()))
                .sorted((a, b) -> Long.compare(b.visits(), a.visits())).toList();
        long[] ratings = new long[5];
        lines.stream().filter(l -> l.rating() != null).forEach(l -> ratings[l.rating() - 1]++);
        long rated = java.util.Arrays.stream(ratings).sum();

        Map<String, Long> outcomes = figures.complaintOutcomes(from, to);
        List<Count> complaintOutcomes = OUTCOMES.stream()
                .map(o -> new Count(messages.get("bureau.outcome." + (o.isEmpty() ? "NONE" : o)), outcomes.getOrDefault(o, 0L)))
                .toList();
        Map<String, Long> proofs = figures.doorProofs(month.atDay(1), month.atEndOfMonth());
        List<Count> doorProofs = PROOFS.stream()
                .map(p -> new Count(messages.get("bureau.proof." + (p.isEmpty() ? "NONE" : p)), proofs.getOrDefault(p, 0L)))
                .toList();

        return new BureauReport(month, byPolicy, total, byService, ratings,
                Satisfaction.of(rated, ratings[3] + ratings[4], dashboard.satisfactionTarget()), complaintOutcomes,
                outcomes.values().stream().mapToLong(Long::longValue).sum(),
                EmergencyFigures.of(figures.emergencies(from, to), clock.instant()), doorProofs,
                CheckinFigures.of(figures.checkins(month.atDay(1), month.atEndOfMonth())),
                BarChart.of(byService.stream().map(ServiceLine::service).toList(),
                        byService.stream().map(ServiceLine::visits).toList()),
                BarChart.of(byPolicy.stream().map(PolicyLine::policy).toList(),
                        byPolicy.stream().map(PolicyLine::elders).toList()),
                BarChart.of(List.of("1", "2", "3", "4", "5").stream().map(s -> messages.get("bureau.stars", s)).toList(),
                        List.of(ratings[0], ratings[1], ratings[2], ratings[3], ratings[4])));
    }

    /** One line per policy in the order of their category (free, low-cost, …), the self-paid visits last. */
    private List<PolicyLine> byPolicy(List<StatementLine> lines) {
        Map<String, SubsidyPolicy> byCode = policies.findAll().stream()
                .collect(Collectors.toMap(SubsidyPolicy::getCode, Function.identity()));
        Map<String, List<StatementLine>> grouped = lines.stream().collect(Collectors.groupingBy(
                l -> l.policyCode() == null ? "" : l.policyCode(), LinkedHashMap::new, Collectors.toList()));
        List<PolicyLine> out = new ArrayList<>();
        grouped.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(java.util.Comparator.comparing((Map.Entry<String, List<StatementLine>> e) ->
                        byCode.get(e.getKey()).getCategory()).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    SubsidyPolicy p = byCode.get(e.getKey());
                    out.add(line(p.getName(), messages.get("category." + p.getCategory()), e.getValue()));
                });
        if (grouped.containsKey("")) {
            out.add(line(messages.get("settlement.selfPaid"), messages.get("category.PAID"), grouped.get("")));
        }
        return out;
    }

    private static PolicyLine line(String policy, String category, List<StatementLine> lines) {
        Set<Long> elders = new HashSet<>();
        lines.forEach(l -> elders.add(l.elderId()));
        return new PolicyLine(category, policy, elders.size(), lines.size(),
                lines.stream().mapToLong(StatementLine::minutes).sum(),
                lines.stream().mapToLong(StatementLine::subsidyFen).sum(),
                lines.stream().mapToLong(StatementLine::elderPaysFen).sum());
    }
}
