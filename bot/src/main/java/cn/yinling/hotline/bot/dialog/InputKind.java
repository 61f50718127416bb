package cn.yinling.hotline.bot.dialog;

public enum InputKind {
    /** Typed or recognised speech. */
    TEXT,
    /** Keys pressed on the phone. */
    DTMF,
    /** The call or chat began. */
    START,
    /** The caller said or pressed nothing within the time-out. */
    NO_INPUT,
    /** The caller hung up or left. */
    HANGUP,
    /** A voice message the caller recorded when asked to (phone only); empty when nothing was said. */
    RECORDING
}
