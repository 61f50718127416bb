package cn.yinling.hotline.cases.booking;

import java.util.EnumSet;
import java.util.Set;

/** requested → confirmed → dispatched → in service → completed, or cancelled / no-show. */
public enum BookingStatus {
    REQUESTED, CONFIRMED, DISPATCHED, IN_SERVICE, COMPLETED, CANCELLED, NO_SHOW;

    static final Set<BookingStatus> ACTIVE = EnumSet.of(REQUESTED, CONFIRMED, DISPATCHED, IN_SERVICE);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** A booking can still be cancelled or moved until the worker has started. */
    public boolean isChangeable() {
        return this == REQUESTED || this == CONFIRMED || this == DISPATCHED;
    }
}
