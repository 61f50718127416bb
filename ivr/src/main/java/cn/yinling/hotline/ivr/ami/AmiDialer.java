package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.ivr.outbound.DialOutcome;
import cn.yinling.hotline.ivr.outbound.OutboundCall;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places outbound calls with an asynchronous AMI {@code Originate}: Asterisk answers at once with
 * "Originate successfully queued" and reports later, in an {@code OriginateResponse} carrying our
 * ActionID, whether the elder answered (Reason 4) or not (0 failed, 3 no answer, 5 busy; AGI-NOTES
 * §9b). An answered call continues in {@code outbound-context} at the extension named after the
 * script, which runs it over FastAGI. An immediate {@code Response: Error} (no such extension, sync
 * failure) and a missing OriginateResponse after {@code originate-timeout} count as failed.
 * Each call's outcome is told once to {@link OutboundCall#whenDialed()}, on this dialer's own thread.
 */
public class AmiDialer implements OutboundDialer, ManagerEventListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AmiDialer.class);

    private record Pending(OutboundCall call, ScheduledFuture<?> timeout) {
    }

    private final AmiConnection ami;
    private final AmiProperties properties;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService outcomes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ami-dial-outcomes");
        t.setDaemon(true);
        return t;
    });

    public AmiDialer(AmiConnection ami, AmiProperties properties) {
        this.ami = ami;
        this.properties = properties;
        ami.listen(this);
    }

    @Override
    public boolean place(OutboundCall call) {
        if (!ami.isConnected()) {
            log.warn("AMI not connected: cannot call {} for {}", PersonalNumbers.phoneAnswer(call.number()), call.script());
            return false;
        }
        String actionId = call.script() + "-" + UUID.randomUUID();
        pending.put(actionId, new Pending(call, outcomes.schedule(() -> finish(actionId, DialOutcome.TIMED_OUT),
                properties.originateTimeout().toMillis(), TimeUnit.MILLISECONDS)));
        try {
            ami.send(originate(call, actionId), response -> queued(actionId, response));
            return true;
        } catch (IOException | RuntimeException e) {
            Pending p = pending.remove(actionId);
            if (p != null) {
                p.timeout().cancel(false);
            }
            log.warn("Originate to {} for {} not sent: {}", PersonalNumbers.phoneAnswer(call.number()), call.script(), e.getMessage());
            return false;
        }
    }

    /** Only while logged in to AMI: before the login completes (at start-up) or after a drop, calls wait. */
    @Override
    public boolean isReady() {
        return ami.isConnected();
    }

    /** Calls sent and still waiting for their OriginateResponse. */
    public int inFlight() {
        return pending.size();
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        if (event instanceof OriginateResponseEvent e && e.getActionId() != null) {
            DialOutcome outcome = e.isSuccess() || "Success".equalsIgnoreCase(e.getResponse())
                    ? DialOutcome.ofReason(e.getReason()) : failureOf(e.getReason());
            finish(stripInternalId(e.getActionId()), outcome);
        }
    }

    private OriginateAction originate(OutboundCall call, String actionId) {
        OriginateAction a = new OriginateAction();
        a.setActionId(actionId);
        a.setChannel(properties.channelFor(call.number()));
        a.setContext(properties.outboundContext());
        a.setExten(call.script());
        a.setPriority(1);
        a.setTimeout((call.ringTimeout() != null ? call.ringTimeout() : properties.ringTimeout()).toMillis());
        a.setAsync(true);
        if (!properties.callerId().isBlank()) {
            a.setCallerId(properties.callerId());
        }
        if (!call.variables().isEmpty()) {
            a.setVariables(call.variables());
        }
        return a;
    }

    /** The immediate answer: "Originate successfully queued", or an error and no OriginateResponse to come. */
    private void queued(String actionId, ManagerResponse response) {
        if (response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())) {
            log.warn("Originate {} refused: {}", actionId, response.getMessage());
            finish(actionId, DialOutcome.FAILED);
        }
    }

    private void finish(String actionId, DialOutcome outcome) {
        Pending p = pending.remove(actionId);
        if (p == null) {
            return; // already told (a late OriginateResponse after our timeout, or another node's call)
        }
        p.timeout().cancel(false);
        log.debug("Originate {} to {}: {}", actionId, PersonalNumbers.phoneAnswer(p.call().number()), outcome);
        outcomes.execute(() -> {
            try {
                p.call().whenDialed().accept(outcome);
            } catch (RuntimeException e) {
                log.warn("Handling the outcome {} of the call to {} failed", outcome, PersonalNumbers.phoneAnswer(p.call().number()), e);
            }
        });
    }

    /** A failed OriginateResponse with a success reason would be odd; it is still not an answered call. */
    private static DialOutcome failureOf(Integer reason) {
        DialOutcome o = DialOutcome.ofReason(reason);
        return o == DialOutcome.ANSWERED ? DialOutcome.FAILED : o;
    }

    /** Asterisk-Java prefixes its own id ({@code <internal>#<ours>}) and normally strips it again. */
    private static String stripInternalId(String actionId) {
        int hash = actionId.indexOf('#');
        return hash < 0 ? actionId : actionId.substring(hash + 1);
    }

    @Override
    public void close() {
        outcomes.shutdownNow();
    }
}
