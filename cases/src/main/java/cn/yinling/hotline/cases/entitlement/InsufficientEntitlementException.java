package cn.yinling.hotline.cases.entitlement;

import cn.yinling.hotline.cases.policy.EntitlementUnit;

/** A hold or adjustment would take the balance below zero. */
public class InsufficientEntitlementException extends RuntimeException {

    private final long available;
    private final long requested;
    private final EntitlementUnit unit;

    public InsufficientEntitlementException(long available, long requested, EntitlementUnit unit) {
        super("Entitlement left " + available + " " + unit + ", needed " + requested);
        this.available = available;
        this.requested = requested;
        this.unit = unit;
    }

    public long available() {
        return available;
    }

    public long requested() {
        return requested;
    }

    public EntitlementUnit unit() {
        return unit;
    }
}
