package cn.yinling.hotline.cases.visit;

/**
 * Where a visit's consumption stands: OPEN until the worker checks out; LEFT while the elder is asked
 * for a rating (consumed on the answer, on silence, or by the sweep if the call was lost); HELD while
 * a problem or complaint waits for staff; CONSUMED through the ledger; RELEASED without charge.
 */
public enum Consumption {
    OPEN, LEFT, HELD, CONSUMED, RELEASED;

    public boolean isSettled() {
        return this == CONSUMED || this == RELEASED;
    }
}
