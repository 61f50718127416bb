package cn.yinling.hotline.ivr.responders;

import cn.yinling.hotline.bot.nlu.emergency.EmergencyDetector;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.ResponderNotice;
import cn.yinling.hotline.ivr.call.Keypad;
import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptPlayer;
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
 * {@code agi://host:4573/responder}: a responder of an elder's emergency picked up the call-out's
 * call. The channel carries the responder call in {@value #CALL_VARIABLE} and the call's one-time
 * token ({@link OriginatedCalls}); without a valid token it hangs up at once and records nothing.
 * Says who, where and what, and reads a key: 1 accepts (the call-out ends and the responder hears
 * the address again), 2 declines; no key after the tries, or a hang-up, counts as no answer. Both
 * move the call-out on to the next responder.
 */
public final class ResponderScript implements AgiScript {

    public static final String NAME = "responder";
    /** Set by the dialer on the outbound call: the responder call's id. */
    public static final String CALL_VARIABLE = "HOTLINE_RESPONDER_CALL";
    private static final Logger log = LoggerFactory.getLogger(ResponderScript.class);

    private enum Answer { GOES, CANNOT, NONE }

    private final CallOuts callOuts;
    private final ResponderPrompts prompts;
    private final String keyReason;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final int tries;
    private final OriginatedCalls originated;

    ResponderScript(CallOuts callOuts, Messages messages, PromptPlayer player, Duration inputTimeout,
            Duration interDigitTimeout, int tries, OriginatedCalls originated) {
        this.callOuts = callOuts;
        this.prompts = new ResponderPrompts(messages, EmergencyDetector.standard());
        this.keyReason = messages.text("reason.emergencyKey");
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.tries = tries;
        this.originated = originated;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        Optional<ResponderNotice> notice = admitted(request, channel);
        if (notice.isEmpty()) {
            OriginatedCalls.hangUp(channel);
            return;
        }
        ResponderNotice n = notice.get();
        Keypad keypad = new Keypad(channel, player, inputTimeout, interDigitTimeout);
        Answer answer;
        try {
            answer = ask(keypad, n);
        } catch (AgiHangupException | AgiNetworkException e) {
            log.info("Responder call {}: hung up before answering", n.callId());
            callOuts.noAnswer(n.callId(), "HUNG_UP");
            return;
        }
        Prompt last = switch (answer) {
            case GOES -> callOuts.accepted(n.callId()) ? prompts.accepted(n) : prompts.taken();
            case CANNOT -> {
                callOuts.declined(n.callId());
                yield prompts.declined();
            }
            case NONE -> {
                callOuts.noAnswer(n.callId(), "NO_KEY");
                yield prompts.declined();
            }
        };
        try {
            keypad.say(last);
            OriginatedCalls.hangUp(channel);
        } catch (AgiHangupException | AgiNetworkException e) {
            // The answer is recorded; the responder put the phone down during the last words.
        }
    }

    private Answer ask(Keypad keypad, ResponderNotice n) throws AgiException {
        Prompt prompt = prompts.notice(n, keyReason);
        for (int i = 0; i < tries; i++) {
            Optional<String> key = keypad.askKey(prompt);
            if (key.filter("1"::equals).isPresent()) {
                return Answer.GOES;
            }
            if (key.filter("2"::equals).isPresent()) {
                return Answer.CANNOT;
            }
            prompt = key.isEmpty() ? prompts.notice(n, keyReason) : prompts.again(); // silence: the whole message again
        }
        return Answer.NONE;
    }

    private Optional<ResponderNotice> admitted(AgiRequest request, AgiChannel channel) throws AgiException {
        OptionalLong subject = originated.admittedSubject(request, channel, NAME, CALL_VARIABLE);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        long id = subject.getAsLong();
        try {
            Optional<ResponderNotice> notice = callOuts.notice(id);
            if (notice.isEmpty()) {
                log.warn("Responder call {} is not ringing (answered already, or released); hanging up", id);
            }
            return notice;
        } catch (RuntimeException e) {
            log.warn("Responder call for an unknown call {}; hanging up", id, e);
            return Optional.empty();
        }
    }

}
