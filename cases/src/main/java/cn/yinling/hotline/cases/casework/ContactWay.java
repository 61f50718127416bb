package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.Channel;

/**
 * How an agent met the caller of a case they open by hand: a call on a direct line, a call they
 * made, a visitor at the centre, anything else. Phone calls count as the voice channel in every
 * figure; the rest as the console's own.
 */
public enum ContactWay {
    INCOMING_CALL, OUTGOING_CALL, WALK_IN, OTHER;

    public Channel channel() {
        return this == INCOMING_CALL || this == OUTGOING_CALL ? Channel.VOICE : Channel.CONSOLE;
    }
}
