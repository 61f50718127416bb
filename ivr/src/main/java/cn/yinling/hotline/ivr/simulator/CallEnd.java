package cn.yinling.hotline.ivr.simulator;

/** How a simulated call ended, as Asterisk would report it in {@code AGISTATUS}. */
public enum CallEnd {
    /** The server closed the socket with the caller still on the line: the dialplan goes on (SUCCESS). */
    RETURNED_TO_DIALPLAN,
    /** The server sent {@code HANGUP} (HANGUP). */
    HUNG_UP_BY_HOTLINE,
    /** The simulated caller put the phone down (HANGUP). */
    HUNG_UP_BY_CALLER,
    /** The server never closed the socket (a script or thread left hanging), or the connection failed. */
    NOT_CLOSED
}
