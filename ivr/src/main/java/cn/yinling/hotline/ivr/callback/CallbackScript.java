package cn.yinling.hotline.ivr.callback;

import cn.yinling.hotline.cases.callback.CallbackCall;
import cn.yinling.hotline.cases.callback.CallbackId;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.ivr.call.Keypad;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.call.QueueHandover;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code agi://host:4573/callback}: the elder picked up the callback the hotline placed. The channel
 * carries the callback in {@value #CALLBACK_VARIABLE} and the call's one-time token
 * ({@link OriginatedCalls}); without a valid token it hangs up at once and records nothing. Greets
 * the elder, marks the callback answered and returns the call to the dialplan, which queues it for
 * an agent ahead of everyone who joined the line after the callback's place (extensions.conf:
 * {@code [hotline-outbound]} {@code callback}, {@code [yinling-queue]}).
 */
public final class CallbackScript implements AgiScript {

    public static final String NAME = "callback";
    /** Set by the dialer on the outbound call: the callback's id. The dialplan reads it to queue the call at the front. */
    public static final String CALLBACK_VARIABLE = "HOTLINE_CALLBACK_ID";
    private static final Logger log = LoggerFactory.getLogger(CallbackScript.class);

    private final Callbacks callbacks;
    private final CallbackPrompts prompts;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final QueueHandover queue;
    private final OriginatedCalls originated;

    CallbackScript(Callbacks callbacks, CallbackPrompts prompts, PromptPlayer player, Duration inputTimeout,
            Duration interDigitTimeout, QueueHandover queue, OriginatedCalls originated) {
        this.callbacks = callbacks;
        this.prompts = prompts;
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.queue = queue;
        this.originated = originated;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        Optional<CallbackCall> call = admitted(request, channel);
        if (call.isEmpty()) {
            OriginatedCalls.hangUp(channel);
            return;
        }
        CallbackCall c = call.get();
        try {
            new Keypad(channel, player, inputTimeout, interDigitTimeout).say(prompts.greeting(c));
            queue.handOver(channel, request.getUniqueId(), c.caseId(), c.elderId(), c.phone(), c.priority());
        } catch (AgiHangupException | AgiNetworkException e) {
            // Picked up and put down again: the case stays open in the console for the agents.
            log.info("Callback {}: the elder hung up before reaching an agent (case {})", c.id(), c.caseId());
        }
    }

    private Optional<CallbackCall> admitted(AgiRequest request, AgiChannel channel) throws AgiException {
        OptionalLong subject = originated.admittedSubject(request, channel, NAME, CALLBACK_VARIABLE);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        CallbackId id = new CallbackId(subject.getAsLong());
        try {
            return callbacks.answered(id, request.getUniqueId());
        } catch (RuntimeException e) {
            log.warn("Callback call for an unknown callback {}; hanging up", id, e);
            return Optional.empty();
        }
    }

}
