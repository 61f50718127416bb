package cn.yinling.hotline.cases;

/** Where a request came from. Lead times and conversation history are kept per channel. */
public enum Channel {
    /** The voice hotline (Asterisk). */
    VOICE,
    /** The WeChat Official Account used by family members. */
    WECHAT,
    /** The JSON chat API / web widget. */
    WEB,
    /** An agent acting on the elder's behalf on the console (usually while on the phone). */
    CONSOLE;

    /** Phone-like channels get the shorter "by phone" lead time of the service catalog. */
    public boolean byPhone() {
        return this == VOICE || this == CONSOLE;
    }
}
