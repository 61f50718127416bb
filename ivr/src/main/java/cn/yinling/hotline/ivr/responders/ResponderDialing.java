package cn.yinling.hotline.ivr.responders;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.responders.CallOutMoved;
import cn.yinling.hotline.cases.responders.CallOutStarted;
import cn.yinling.hotline.cases.responders.CallOutState;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.DueResponderCall;
import cn.yinling.hotline.cases.responders.ResponderProperties;
import cn.yinling.hotline.ivr.outbound.DialOutcome;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Calls the responders of emergencies from this node: claims the waiting call-outs
 * ({@link CallOuts#claimNext}) and rings each one's next responder through the dialer (AMI
 * Originate into {@code hotline-outbound}/{@code responder}, with the responder call and a one-time
 * token on the channel). Right after a call-out starts or a responder's answer is recorded, and on
 * every poll. A dialer that is not ready claims nothing, so no responder is used up; after
 * {@code hotline.responders.dialer-wait} the case says the call-out cannot be placed. Busy, no answer,
 * failed: the next responder.
 */
public class ResponderDialing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ResponderDialing.class);

    private final CallOuts callOuts;
    private final OutboundDialer dialer;
    private final OriginatedCalls originated;
    private final ResponderProperties properties;
    private final String node;
    private final ExecutorService soon = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "responder-dialing");
        t.setDaemon(true);
        return t;
    });

    ResponderDialing(CallOuts callOuts, OutboundDialer dialer, OriginatedCalls originated,
            ResponderProperties properties) {
        this.callOuts = callOuts;
        this.dialer = dialer;
        this.originated = originated;
        this.properties = properties;
        this.node = properties.node().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.node();
    }

    @Scheduled(fixedDelayString = "${hotline.responders.poll-interval:PT2S}")
    void tick() {
        try {
            callOuts.releaseStale();
            dialDue();
        } catch (RuntimeException e) {
            log.warn("Responder dialing failed this round; trying again at the next", e);
        }
    }

    /** A call-out was written: its first responder is called now, not at the next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CallOutStarted started) {
        dialSoon();
    }

    /** A responder answered (or did not): the next one is called now. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CallOutMoved moved) {
        if (moved.state() == CallOutState.WAITING) {
            dialSoon();
        }
    }

    /** Rings the next responder of every waiting call-out; returns how many calls were handed to the PBX. */
    public synchronized int dialDue() {
        if (!dialer.isReady()) {
            callOuts.dialerNotReady(properties.dialerWait());
            return 0; // nothing claimed: a call never placed uses up no responder
        }
        int placed = 0;
        for (DueResponderCall d : callOuts.claimNext(node)) {
            if (place(d)) {
                placed++;
            } else {
                callOuts.notPlaced(d.callId());
            }
        }
        return placed;
    }

    private boolean place(DueResponderCall d) {
        try {
            String id = Long.toString(d.callId());
            return dialer.place(new OutboundCall(d.phone(), ResponderScript.NAME, originated.variables(
                    ResponderScript.NAME, id, Map.of(ResponderScript.CALL_VARIABLE, id)), outcome -> dialed(d, outcome),
                    properties.ringTimeout()));
        } catch (RuntimeException e) {
            log.warn("Emergency case {}: the call to responder {} could not be placed", d.caseId(), PersonalNumbers.phoneAnswer(d.phone()), e);
            return false;
        }
    }

    /** Answered: the responder script takes the key. Otherwise this responder did not answer. */
    private void dialed(DueResponderCall d, DialOutcome outcome) {
        if (outcome == DialOutcome.ANSWERED) {
            return;
        }
        log.info("Emergency case {}: responder {} not reached ({})", d.caseId(), PersonalNumbers.phoneAnswer(d.phone()), outcome);
        try {
            callOuts.noAnswer(d.callId(), outcome.name());
        } catch (RuntimeException e) {
            // Left ringing: releaseStale() counts it as unanswered after hotline.responders.call-timeout.
            log.warn("Emergency case {}: could not record the unanswered responder call", d.caseId(), e);
        }
    }

    private void dialSoon() {
        try {
            soon.execute(() -> {
                try {
                    dialDue();
                } catch (RuntimeException e) {
                    log.warn("Responder dialing failed; the next poll tries again", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down: responders are called by the next node's poll");
        }
    }

    @Override
    public void destroy() {
        soon.shutdownNow();
    }
}
