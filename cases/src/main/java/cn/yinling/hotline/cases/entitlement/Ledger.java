package cn.yinling.hotline.cases.entitlement;

import cn.yinling.hotline.cases.policy.BenefitPeriod;
import java.util.List;

/**
 * The entries of one account's validity window, and what follows from them. Pure arithmetic, so
 * the rules are testable without a database: nothing here is stored.
 */
public record Ledger(BenefitPeriod window, List<LedgerEntry> entries) {

    public Ledger {
        entries = List.copyOf(entries);
        for (LedgerEntry e : entries) {
            if (!e.window().equals(window)) {
                throw new IllegalArgumentException("Entry " + e.getId() + " belongs to another window");
            }
        }
    }

    /** What may still be booked: everything granted, less what is held, used or expired. */
    public long available() {
        return entries.stream().mapToLong(LedgerEntry::getAmount).sum();
    }

    public long granted() {
        return sum(LedgerKind.GRANT);
    }

    public long adjusted() {
        return sum(LedgerKind.ADJUSTMENT);
    }

    /** Held for bookings not yet served or cancelled. */
    public long held() {
        return -(sum(LedgerKind.HOLD) + sum(LedgerKind.RELEASE));
    }

    public long consumed() {
        return -sum(LedgerKind.CONSUME);
    }

    public long expired() {
        return -sum(LedgerKind.EXPIRY);
    }

    /** What a booking still holds (zero once released). */
    public long heldFor(Long bookingId) {
        return -entries.stream()
                .filter(e -> bookingId.equals(e.getBookingId()))
                .filter(e -> e.getKind() == LedgerKind.HOLD || e.getKind() == LedgerKind.RELEASE)
                .mapToLong(LedgerEntry::getAmount).sum();
    }

    private long sum(LedgerKind kind) {
        return entries.stream().filter(e -> e.getKind() == kind).mapToLong(LedgerEntry::getAmount).sum();
    }
}
