package cn.yinling.hotline.cases.performance;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * PROPOSED by the rules → APPROVED or REJECTED by a supervisor; an APPROVED black listing may be
 * LIFTED. The transitions allowed are declared here and nowhere else.
 */
public enum ListingState {
    PROPOSED, APPROVED, REJECTED, LIFTED;

    private static final Map<ListingState, Set<ListingState>> NEXT = Map.of(
            PROPOSED, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(LIFTED),
            REJECTED, EnumSet.noneOf(ListingState.class),
            LIFTED, EnumSet.noneOf(ListingState.class));

    public boolean mayBecome(ListingState next) {
        return NEXT.get(this).contains(next);
    }
}
