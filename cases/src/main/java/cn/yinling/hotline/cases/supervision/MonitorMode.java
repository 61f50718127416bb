package cn.yinling.hotline.cases.supervision;

/**
 * How a supervisor joins an agent's live call. The PBX side (Asterisk ChanSpy options) is the
 * dialer's business; the console only names the mode.
 */
public enum MonitorMode {
    /** Hears both sides; nobody hears the supervisor. */
    LISTEN,
    /** Hears both sides and talks to the agent only (coaching); the elder hears nothing. */
    WHISPER,
    /** Hears both sides and talks to both: the supervisor joins the conversation. */
    BARGE
}
