package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.ivr.callback.CallbackOffer;
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
    private final CallbackOffer callbackOffer;

    public QueueHandover(QueueCalls queueCalls) {
        this(queueCalls, null);
    }

    /** With {@code callbackOffer}, a caller facing a long wait may choose to be called back instead. */
    public QueueHandover(QueueCalls queueCalls, CallbackOffer callbackOffer) {
        this.queueCalls = queueCalls;
        this.callbackOffer = callbackOffer;
    }

    /**
     * @param uniqueid {@code agi_uniqueid}, the Uniqueid the queue events carry for this channel
     */
    public void handOver(AgiChannel channel, String uniqueid, CaseId caseId, ElderId elderId, String caller,
            Priority priority) throws AgiException {
        if (callbackOffer != null && callbackOffer.taken(channel, caseId, elderId, caller, priority)) {
            return; // to be called back: the call has ended instead of queueing
        }
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
            log.warn("Call {} from {}: could not record the hand-over for the queue events", uniqueid, PersonalNumbers.phoneAnswer(caller), e);
        }
    }
}
