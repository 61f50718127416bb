package cn.yinling.hotline.ivr.callback;

import java.util.Optional;

/**
 * Asks the PBX how the agents' queue stands right now. With AMI, Asterisk's {@code QueueStatus}
 * ({@code ivr.ami.AmiQueueStatus}); without, nothing: no offer is made and no callback placed,
 * because the hotline could not place the call anyway.
 */
public interface QueueStatusSource {

    /** The queue now; empty when the PBX cannot be asked (not connected, no answer in time). */
    Optional<QueueStatus> now();
}
