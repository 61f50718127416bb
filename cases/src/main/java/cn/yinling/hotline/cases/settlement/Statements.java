package cn.yinling.hotline.cases.settlement;

import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.settlement.Reconciliation.Difference;
import cn.yinling.hotline.cases.settlement.Reconciliation.Kind;
import cn.yinling.hotline.cases.settlement.Reconciliation.PolicyCheck;
import cn.yinling.hotline.cases.settlement.StatementQueries.Consumed;
import cn.yinling.hotline.cases.settlement.StatementQueries.VisitRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' monthly statements, read from the service records settled in the month (their subsidy
 * in fen fixed when each visit was recorded) and checked against the ledger's CONSUME entries.
 */
@Service
public class Statements {

    private final StatementQueries queries;
    private final SubsidyPolicyRepository policies;
    private final ProviderRepository providers;
    private final SettlementMonthRepository months;

    Statements(StatementQueries queries, SubsidyPolicyRepository policies, ProviderRepository providers,
            SettlementMonthRepository months) {
        this.queries = queries;
        this.policies = policies;
        this.providers = providers;
        this.months = months;
    }

    /** One provider's statement for the month. */
    @Transactional(readOnly = true)
    public Statement of(long providerId, YearMonth period) {
        Provider provider = providers.findById(providerId).orElseThrow(() -> new NoSuchElementException("No provider " + providerId));
        Map<Long, SubsidyPolicy> byId = policiesById();
        List<StatementLine> lines = lines(period, providerId, byId);
        Reconciliation check = reconcile(lines, queries.consumedFor(period, providerId),
                queries.consumedWithoutRecord(period, providerId), byId);
        return new Statement(providerId, provider.getName(), period, view(period), lines, totals(lines), check);
    }

    /** Every visit settled in the month, of all providers: the bureau's report is built from these. */
    @Transactional(readOnly = true)
    public List<StatementLine> linesOf(YearMonth period) {
        return lines(period, null, policiesById());
    }

    /** The month's lines of all providers checked against the ledger as one. */
    @Transactional(readOnly = true)
    public Reconciliation reconcileMonth(YearMonth period) {
        Map<Long, SubsidyPolicy> byId = policiesById();
        return reconcile(lines(period, null, byId), queries.consumedFor(period, null),
                queries.consumedWithoutRecord(period, null), byId);
    }

    /** Providers with visits settled in the month, by name. */
    @Transactional(readOnly = true)
    public List<Provider> providersOf(YearMonth period) {
        return providers.findAllById(queries.providersOf(period)).stream()
                .sorted(java.util.Comparator.comparing(Provider::getName)).toList();
    }

    /** Visits of the month not yet recorded: closing now would settle them, when recorded, in a later month. */
    @Transactional(readOnly = true)
    public long unrecorded(YearMonth period) {
        return queries.unrecorded(period);
    }

    /** The month's state, with whether its figures are still those digested at closing. */
    @Transactional(readOnly = true)
    public SettlementMonthView view(YearMonth period) {
        return months.findByMonthStart(period.atDay(1))
                .map(m -> new SettlementMonthView(period, m.getState(), m.getClosedAt(), m.getClosedBy(),
                        m.getFiguresDigest(), m.isClosed() ? m.getFiguresDigest().equals(digest(linesOf(period))) : null))
                .orElse(new SettlementMonthView(period, MonthState.OPEN, null, null, null, null));
    }

    /** SHA-256 over the figures of every line, in statement order: equal digests, equal figures. */
    static String digest(List<StatementLine> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (StatementLine l : lines) {
                sha.update((l.figures() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StatementLine> lines(YearMonth period, Long providerId, Map<Long, SubsidyPolicy> byId) {
        List<StatementLine> lines = new ArrayList<>();
        for (VisitRow v : queries.visits(period, providerId)) {
            SubsidyPolicy p = v.policyId() == null ? null : byId.get(v.policyId());
            YearMonth servedIn = YearMonth.from(v.startsAt());
            lines.add(new StatementLine(v.bookingId(), v.providerId(), v.startsAt(), v.elderId(), v.elderName(),
                    v.idNumberMasked(), v.serviceName(), v.minutes(), p == null ? null : p.getCode(),
                    p == null ? null : p.getName(), p == null ? null : p.getUnit(),
                    p == null || p.getUnit() != cn.yinling.hotline.cases.policy.EntitlementUnit.MINUTES
                            ? null : p.getPricePerHourFen(),
                    v.coveredAmount(), v.subsidyFen(), v.elderPaysFen(), v.rating(),
                    servedIn.equals(period) ? null : servedIn));
        }
        return lines;
    }

    /** Totals per policy in the order policies first appear, the elders' own payments (no policy) last. */
    static List<PolicyTotal> totals(List<StatementLine> lines) {
        Map<String, PolicyTotal> totals = new LinkedHashMap<>();
        lines.stream().filter(StatementLine::subsidised).forEach(l ->
                totals.merge(l.policyCode(), PolicyTotal.empty(l).plus(l), (a, b) -> a.plus(l)));
        lines.stream().filter(l -> !l.subsidised()).forEach(l ->
                totals.merge("", PolicyTotal.empty(l).plus(l), (a, b) -> a.plus(l)));
        return List.copyOf(totals.values());
    }

    private Reconciliation reconcile(List<StatementLine> lines, Map<Long, List<Consumed>> consumed,
            Map<Long, List<Consumed>> unrecorded, Map<Long, SubsidyPolicy> byId) {
        List<Difference> differences = new ArrayList<>();
        Map<String, long[]> perPolicy = new LinkedHashMap<>(); // statement amount, ledger amount, statement fen, ledger fen
        for (StatementLine l : lines) {
            List<Consumed> ledger = consumed.getOrDefault(l.bookingId(), List.of());
            long ledgerAmount = ledger.stream().mapToLong(Consumed::amount).sum();
            long ledgerFen = ledger.stream().mapToLong(c -> byId.get(c.policyId()).subsidyFen(c.amount())).sum();
            if (ledgerAmount != l.coveredAmount() || ledgerFen != l.subsidyFen()) {
                differences.add(new Difference(l.bookingId(), Kind.AMOUNT, l.coveredAmount(), ledgerAmount));
            }
            if (l.subsidised()) {
                add(perPolicy, l.policyCode(), l.coveredAmount(), 0, l.subsidyFen(), 0);
            }
            for (Consumed c : ledger) {
                SubsidyPolicy p = byId.get(c.policyId());
                add(perPolicy, p.getCode(), 0, c.amount(), 0, p.subsidyFen(c.amount()));
            }
        }
        unrecorded.forEach((bookingId, ledger) -> {
            long amount = ledger.stream().mapToLong(Consumed::amount).sum();
            if (amount != 0) {
                differences.add(new Difference(bookingId, Kind.NO_RECORD, 0, amount));
            }
        });
        Map<String, SubsidyPolicy> byCode = byId.values().stream()
                .collect(Collectors.toMap(SubsidyPolicy::getCode, Function.identity()));
        List<PolicyCheck> checks = perPolicy.entrySet().stream().map(e -> new PolicyCheck(e.getKey(),
                byCode.get(e.getKey()).getName(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        differences.sort(java.util.Comparator.comparingLong(Difference::bookingId));
        return new Reconciliation(checks, differences);
    }

    private static void add(Map<String, long[]> perPolicy, String code, long statement, long ledger, long statementFen,
            long ledgerFen) {
        long[] sums = perPolicy.computeIfAbsent(Objects.requireNonNull(code), k -> new long[4]);
        sums[0] += statement;
        sums[1] += ledger;
        sums[2] += statementFen;
        sums[3] += ledgerFen;
    }

    private Map<Long, SubsidyPolicy> policiesById() {
        return policies.findAll().stream().collect(Collectors.toMap(SubsidyPolicy::getId, Function.identity()));
    }
}
