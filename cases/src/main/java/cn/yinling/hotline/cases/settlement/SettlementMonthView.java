package cn.yinling.hotline.cases.settlement;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A month's settlement state as the console shows it.
 *
 * @param digestMatches whether the figures now are the ones digested at closing (null while open)
 */
public record SettlementMonthView(YearMonth month, MonthState state, Instant closedAt, String closedBy,
        String figuresDigest, Boolean digestMatches) {

    public boolean closed() {
        return state == MonthState.CLOSED;
    }
}
