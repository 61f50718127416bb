package cn.yinling.hotline.cases.responders;

/** Where one responder of a call-out stands. PENDING and CALLING are still to be decided. */
public enum CallState {
    /** Not called yet. */
    PENDING,
    /** Their phone rings (or they are listening to the message). */
    CALLING,
    /** Not answered, busy, failed, or answered without a key. */
    NO_ANSWER,
    /** Pressed 2. */
    DECLINED,
    /** Pressed 1: on the way. */
    ACCEPTED,
    /** Not called: outside their hours, or no number to call. */
    SKIPPED
}
