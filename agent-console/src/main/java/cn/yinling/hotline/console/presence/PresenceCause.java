package cn.yinling.hotline.console.presence;

/** What moves an agent's presence; stored with each change ({@code agent_state_change.cause}). */
public enum PresenceCause {
    /** The agent chose 空闲, 忙碌 or 离开 on the console. */
    CHOSEN,
    SIGNED_IN,
    /** Signed out, timed out, or the server ended the session. */
    SIGNED_OUT,
    /** The agent took a call or a chat (claimed, assigned, or answered from the phone queue). */
    CONTACT,
    /** The agent closed or resolved their last open call or chat. */
    CONTACT_ENDED,
    /** After-call work lasted its longest allowed time. */
    WRAP_UP_OVER
}
