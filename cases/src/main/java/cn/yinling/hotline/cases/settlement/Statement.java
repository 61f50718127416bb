package cn.yinling.hotline.cases.settlement;

import java.time.YearMonth;
import java.util.List;

/**
 * A provider's monthly statement (服务券结算单): every visit settled in the month, totals per policy,
 * and the check against the ledger. {@code month} is null while the month has never been touched
 * (open); a closed month's figures cannot change.
 */
public record Statement(long providerId, String providerName, YearMonth period, SettlementMonthView month,
        List<StatementLine> lines, List<PolicyTotal> totals, Reconciliation reconciliation) {

    public Statement {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
    }

    public long subsidyFen() {
        return totals.stream().mapToLong(PolicyTotal::subsidyFen).sum();
    }

    public long elderPaysFen() {
        return totals.stream().mapToLong(PolicyTotal::elderPaysFen).sum();
    }

    public long minutes() {
        return totals.stream().mapToLong(PolicyTotal::minutes).sum();
    }
}
