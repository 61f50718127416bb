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
}
