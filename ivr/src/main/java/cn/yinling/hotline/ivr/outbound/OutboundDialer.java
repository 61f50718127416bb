package cn.yinling.hotline.ivr.outbound;

/**
 * Places outbound calls (check-in, later follow-up): with AMI configured an {@code Originate} via
 * Asterisk-Java's {@code ManagerConnection} ({@code ivr.ami.AmiDialer}); without, {@link LoggingDialer}.
 */
public interface OutboundDialer {

    /**
     * Asks the PBX to place the call. What became of it is told later to {@link OutboundCall#whenDialed()}.
     *
     * @return whether the call was handed to the PBX; false when it could not be placed at all
     */
    boolean place(OutboundCall call);

    /**
     * Whether calls can be placed now (AMI logged in). Callers ask before they take work for the
     * dialer: a call that was never placed is no attempt and must wait, not count as unanswered.
     * A dialer that cannot tell says yes, and {@link #place} returns false when it was wrong.
     */
    default boolean isReady() {
        return true;
    }
}
