package cn.yinling.hotline.cases.elder;

/**
 * Seam for reading a one-time binding code to the elder in an outbound call (to be implemented by
 * the voice hotline). Without a bean of this type, codes are issued only when an agent approves.
 */
public interface ElderCodeCall {

    /** Places the call; returns false when it cannot be placed, so the request waits for an agent. */
    boolean readToElder(BindingRequest request, OneTimeCode code);
}
