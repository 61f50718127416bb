package cn.yinling.hotline.ivr.checkin;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.checkin.CheckinAnswer;
import cn.yinling.hotline.cases.checkin.CheckinCall;
import cn.yinling.hotline.cases.checkin.CheckinId;
import cn.yinling.hotline.cases.checkin.CheckinResult;
import cn.yinling.hotline.cases.checkin.CheckinState;
import cn.yinling.hotline.cases.checkin.Checkins;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.ivr.call.Keypad;
import cn.yinling.hotline.ivr.call.Prompt;
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
 * {@code agi://host:4573/checkin}: the daily check-in call (爱心敲门) placed by the dialer, whose
 * channel carries the attempt in {@value #ATTEMPT_VARIABLE} and the call's one-time token
 * ({@link OriginatedCalls}); without a valid token it hangs up at once and records nothing. Asks
 * twice for 1 (fine) or 2 (needs help), records the answer through {@link Checkins} and, on 2,
 * returns the call to the dialplan to queue it for an agent. Silence and hang-up count as no
 * answer; what follows is the service's rule.
 */
public final class CheckinScript implements AgiScript {

    public static final String NAME = "checkin";
    /** Set by the dialer on the outbound call: the check-in attempt's id. */
    public static final String ATTEMPT_VARIABLE = "HOTLINE_CHECKIN_ID";
    private static final int TRIES = 2;
    private static final Logger log = LoggerFactory.getLogger(CheckinScript.class);

    private final Checkins checkins;
    private final CheckinPrompts prompts;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final QueueHandover queue;
    private final OriginatedCalls originated;

    public CheckinScript(Checkins checkins, Messages messages, PromptPlayer player, Duration inputTimeout,
            Duration interDigitTimeout, QueueCalls queueCalls, OriginatedCalls originated) {
        this.checkins = checkins;
        this.originated = originated;
        this.prompts = new CheckinPrompts(messages);
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.queue = new QueueHandover(queueCalls);
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        Optional<CheckinCall> call = attempt(request, channel);
        if (call.isEmpty()) {
            OriginatedCalls.hangUp(channel);
            return;
        }
        Keypad keypad = new Keypad(channel, player.speakingTo(call.get().elderId()), inputTimeout, interDigitTimeout);
        CheckinAnswer answer;
        try {
            answer = ask(keypad, call.get());
        } catch (AgiHangupException | AgiNetworkException e) {
            log.debug("Check-in {}: the elder hung up before answering", call.get().id());
            checkins.record(call.get().id(), CheckinAnswer.NO_ANSWER);
            return;
        }
        CheckinResult result = checkins.record(call.get().id(), answer);
        try {
            close(keypad, channel, request, call.get(), result);
        } catch (AgiHangupException | AgiNetworkException e) {
            // The answer is recorded; the elder put the phone down during the last words.
        }
    }

    private CheckinAnswer ask(Keypad keypad, CheckinCall call) throws AgiException {
        Prompt prompt = prompts.greeting(call);
        for (int i = 0; i < TRIES; i++) {
            Optional<CheckinAnswer> answer = keypad.askKey(prompt).flatMap(CheckinAnswer::ofKey);
            if (answer.isPresent()) {
                return answer.get();
            }
            prompt = prompts.again();
        }
        return CheckinAnswer.NO_ANSWER;
    }

    private void close(Keypad keypad, AgiChannel channel, AgiRequest request, CheckinCall call, CheckinResult result)
            throws AgiException {
        if (result.state() == CheckinState.NEEDS_HELP) {
            keypad.say(prompts.help());
            queue.handOver(channel, request.getUniqueId(), result.caseId(), call.elderId(), request.getCallerIdNumber(),
                    Priority.URGENT);
            return; // back to the dialplan, which queues the call
        }
        keypad.say(result.state() == CheckinState.FINE ? prompts.fine() : prompts.noKey());
        OriginatedCalls.hangUp(channel);
    }

    private Optional<CheckinCall> attempt(AgiRequest request, AgiChannel channel) throws AgiException {
        OptionalLong subject = originated.admittedSubject(request, channel, NAME, ATTEMPT_VARIABLE);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        CheckinId id = new CheckinId(subject.getAsLong());
        try {
            CheckinCall call = checkins.callFor(id);
            if (!call.inProgress()) {
                log.warn("Check-in {} already has its result; hanging up", call.id());
                return Optional.empty();
            }
            return Optional.of(call);
        } catch (RuntimeException e) {
            log.warn("Check-in call for an unknown attempt {}; hanging up", id);
            return Optional.empty();
        }
    }

}
