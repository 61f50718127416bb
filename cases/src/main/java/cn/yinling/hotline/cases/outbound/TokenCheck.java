package cn.yinling.hotline.cases.outbound;

/** What a token presented by an outbound call turned out to be; only {@link #ACCEPTED} lets the script run. */
public enum TokenCheck {
    /** Issued for this script and this check-in or booking, unused, in time: now used up. */
    ACCEPTED,
    /** No token on the channel: not a call the hotline placed (or a dialplan that lost the variable). */
    MISSING,
    /** Never issued, or already used by an earlier call. */
    UNKNOWN_OR_USED,
    /** Issued for this call, but the call came too late. */
    EXPIRED,
    /** Issued for another script or another check-in or booking. */
    OTHER_CALL;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
