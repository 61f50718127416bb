package cn.yinling.hotline.ivr.outbound;

/**
 * Places outbound calls (check-in, later follow-up). The AMI implementation ({@code Originate} via
 * Asterisk-Java's {@code ManagerConnection}) is follow-up work; without AMI, {@link LoggingDialer}.
 */
public interface OutboundDialer {

    /**
     * Asks the PBX to place the call.
     *
     * @return whether the call was handed to the PBX; false when it could not be placed at all
     */
    boolean place(OutboundCall call);
}
