package cn.yinling.hotline.cases.entitlement;

/**
 * Kinds of ledger entry and the sign each carries. The balance is the sum of the entries: grants
 * and releases add, holds, consumption and expiry take away, adjustments go either way.
 */
public enum LedgerKind { GRANT, HOLD, RELEASE, CONSUME, EXPIRY, ADJUSTMENT }
