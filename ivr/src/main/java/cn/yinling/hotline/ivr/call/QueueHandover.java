package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.queue.QueueCalls;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Returns a call to the dialplan for the agents' queue, the same way from every script: the
 * channel variables the dialplan reads (see config/asterisk/extensions.conf), and the
 * {@code queue_call} row that lets the AMI queue events find the case by the channel's Uniqueid.
 */
public final class QueueHandover {

    private static final Logger log = LoggerFactory.getLogger(QueueHandover.class);

    private final QueueCalls queueCalls;

    public QueueHandover(QueueCalls queueCalls) {
        this.queueCalls = queueCalls;
    }

    /**
     * @param uniqueid {@code agi_uniqueid}, the Uniqueid the queue events carry for this channel
     */
    public void handOver(AgiChannel channel, String uniqueid, CaseId caseId, ElderId elderId, String caller,
            Priority priority) throws AgiException {
        if (caseId != null) {
            channel.setVariable(DialplanVariables.CASE_ID, Long.toString(caseId.value()));
        }
        channel.setVariable(DialplanVariables.PRIORITY, Integer.toString(priority.level()));
        if (elderId != null) {
            channel.setVariable(DialplanVariables.ELDER_ID, Long.toString(elderId.value()));
        }
        if (uniqueid == null || uniqueid.isBlank()) {
            return;
        }
        try {
            queueCalls.handedOver(uniqueid, caseId, elderId, caller, priority);
        } catch (RuntimeException e) {
            // The call goes to the queue all the same; only the answer-time figures miss its case.
            log.warn("Call {} from {}: could not record the hand-over for the queue events", uniqueid, caller, e);
        }
    }
}
