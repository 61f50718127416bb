package cn.yinling.hotline.ivr.callback;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.callback.CallbackProperties;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.callback.DueCallback;
import cn.yinling.hotline.ivr.outbound.DialOutcome;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Places the callbacks that have reached the front of the line, from this node: reads the agents'
 * queue from the PBX, claims what may be dialled now ({@link Callbacks#claimAtFront}) and hands each
 * to the dialer (AMI Originate into {@code hotline-outbound}/{@code callback}, with the callback and
 * a one-time token on the channel). Without the queue's state (AMI down) nothing is dialled and no
 * try is used up; neither is one when the PBX could not be asked to place the call.
 */
public class CallbackDialing {

    private static final Logger log = LoggerFactory.getLogger(CallbackDialing.class);

    private final Callbacks callbacks;
    private final QueueStatusSource queue;
    private final OutboundDialer dialer;
    private final OriginatedCalls originated;
    private final CallbackProperties properties;
    private final Clock clock;
    private final String node;

    CallbackDialing(Callbacks callbacks, QueueStatusSource queue, OutboundDialer dialer, OriginatedCalls originated,
            CallbackProperties properties, Clock clock) {
        this.callbacks = callbacks;
        this.queue = queue;
        this.dialer = dialer;
        this.originated = originated;
        this.properties = properties;
        this.clock = clock;
        this.node = properties.node().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.node();
    }

    @Scheduled(fixedDelayString = "${hotline.callback.poll-interval:PT5S}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        try {
            callbacks.releaseStale();
            dialDue();
        } catch (RuntimeException e) {
            log.warn("Callback dialing failed this round; trying again at the next", e);
        }
    }

    /** Dials the callbacks at the front of the line; returns how many were handed to the PBX. */
    public int dialDue() {
        if (!dialer.isReady()) {
            return 0; // nothing claimed: a call never placed is no try
        }
        Optional<QueueStatus> now = queue.now();
        if (now.isEmpty()) {
            return 0;
        }
        List<DueCallback> due = callbacks.claimAtFront(now.get().front(clock.instant()), node);
        int placed = 0;
        for (DueCallback d : due) {
            if (place(d)) {
                placed++;
            } else {
                callbacks.notPlaced(d.id());
            }
        }
        return placed;
    }

    private boolean place(DueCallback d) {
        try {
            String id = d.id().toString();
            return dialer.place(new OutboundCall(d.phone(), CallbackScript.NAME, originated.variables(CallbackScript.NAME,
                    id, Map.of(CallbackScript.CALLBACK_VARIABLE, id)), outcome -> dialed(d, outcome)));
        } catch (RuntimeException e) {
            log.warn("Callback {}: the call to {} could not be placed", d.id(), PersonalNumbers.phoneAnswer(d.phone()), e);
            return false;
        }
    }

    /** Answered: the callback script takes it from there. Otherwise the callback waits for its next try. */
    private void dialed(DueCallback d, DialOutcome outcome) {
        if (outcome == DialOutcome.ANSWERED) {
            try {
                callbacks.pickedUp(d.id());
            } catch (RuntimeException e) {
                log.warn("Callback {}: could not record that the elder picked up", d.id(), e);
            }
            return;
        }
        log.info("Callback {}: call {} to {} not answered ({})", d.id(), d.attempt(), PersonalNumbers.phoneAnswer(d.phone()), outcome);
        try {
            callbacks.unanswered(d.id(), outcome.name());
        } catch (RuntimeException e) {
            // Left DIALING: releaseStale() counts it as unanswered after hotline.callback.call-timeout.
            log.warn("Callback {}: could not record the unanswered call", d.id(), e);
        }
    }
}
