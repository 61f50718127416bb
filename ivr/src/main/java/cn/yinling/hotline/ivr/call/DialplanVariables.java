package cn.yinling.hotline.ivr.call;

/**
 * Channel variables a script sets before returning a call to the dialplan, which queues it for an
 * agent with them (see config/asterisk). Public because the check-in script hands over the same way.
 */
public final class DialplanVariables {

    public static final String CASE_ID = "HOTLINE_CASE_ID";
    /** 1 = emergency … 4 = normal. */
    public static final String PRIORITY = "HOTLINE_PRIORITY";
    public static final String ELDER_ID = "HOTLINE_ELDER_ID";

    private DialplanVariables() {
    }
}
