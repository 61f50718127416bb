package cn.yinling.hotline.ivr.outbound;

/**
 * What the PBX reported for a placed call (AMI {@code OriginateResponse} {@code Reason}, AGI-NOTES
 * §9b). Only {@link #ANSWERED} means the call's script runs; every other outcome means nobody heard it.
 */
public enum DialOutcome {
    /** Reason 4: answered; the FastAGI script now runs and records what the elder said. */
    ANSWERED,
    /** Reason 3: rang until the originate timeout. */
    NO_ANSWER,
    /** Reason 5: busy. */
    BUSY,
    /** Reason 0 (no such extension, channel driver missing…) or the Originate was refused outright. */
    FAILED,
    /** No OriginateResponse within our own timeout: lost on the way (connection dropped, Asterisk restarted). */
    TIMED_OUT;

    /** The outcome an {@code OriginateResponse} {@code Reason} stands for. */
    public static DialOutcome ofReason(Integer reason) {
        if (reason == null) {
            return FAILED;
        }
        return switch (reason) {
            case 4 -> ANSWERED;
            case 3 -> NO_ANSWER;
            case 5 -> BUSY;
            default -> FAILED;
        };
    }
}
