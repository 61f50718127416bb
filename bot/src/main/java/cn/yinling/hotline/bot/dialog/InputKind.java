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
    /**
     * The call left the bot for a person (on the phone: back to the dialplan, which queues it). What
     * follows (the wait, a hang-up in the queue, a transfer) never reaches the bot, so the session
     * and the conversation end here, as after a hang-up.
     */
    HANDED_OVER,
    /** A voice message the caller recorded when asked to (phone only); empty when nothing was said. */
    RECORDING
}
