package cn.yinling.hotline.cases.settlement;

import java.time.YearMonth;

/** A supervisor closed a settlement month: its statements are final. */
public record SettlementMonthClosed(YearMonth month, String closedBy, String figuresDigest) {
}
