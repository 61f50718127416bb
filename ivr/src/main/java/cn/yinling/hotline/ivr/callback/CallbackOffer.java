package cn.yinling.hotline.ivr.callback;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.callback.CallbackId;
import cn.yinling.hotline.cases.callback.CallbackProperties;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.ivr.call.Keypad;
import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Just before a call goes to the agents' queue: when the wait there would be longer than
 * {@code hotline.callback.offer-above}, offers "不用等，按1我们给您回电话" (1: called back when their turn
 * comes, 2: at a time they choose, 0 or nothing: keep waiting). A caller who takes it is told when,
 * the callback is recorded on the case, and the call ends instead of queueing. Never offered for an
 * emergency or an urgent case, to a caller without a number to call back, or when the queue cannot
 * be read (no AMI: the hotline could not call back either). Public because the hand-over uses it.
 */
public final class CallbackOffer {

    /** The offer is played at most this often (a wrong key or {@code *} plays it again). */
    private static final int PLAYS = 2;
    private static final Logger log = LoggerFactory.getLogger(CallbackOffer.class);

    /** What the caller chose: keep waiting, a callback when their turn comes, or one at a later time. */
    private record Choice(boolean callback, LaterTime later) {
        static final Choice WAIT = new Choice(false, null);
        static final Choice WHEN_FREE = new Choice(true, null);
    }

    private final Callbacks callbacks;
    private final QueueStatusSource queue;
    private final CallbackProperties properties;
    private final CallbackPrompts prompts;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final CasesProperties zone;
    private final Clock clock;

    CallbackOffer(Callbacks callbacks, QueueStatusSource queue, CallbackProperties properties, CallbackPrompts prompts,
            PromptPlayer player, Duration inputTimeout, Duration interDigitTimeout, CasesProperties zone, Clock clock) {
        this.callbacks = callbacks;
        this.queue = queue;
        this.properties = properties;
        this.prompts = prompts;
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Offers the callback if the wait is long.
     *
     * @return true when the caller took it: it is recorded, they were told when and the call is hung
     *         up; the call must not be queued. False: queue the call as usual.
     */
    public boolean taken(AgiChannel channel, CaseId caseId, ElderId elderId, String caller, Priority priority)
            throws AgiException {
        if (!properties.enabled() || caseId == null || priority.level() < Priority.HIGH.level()
                || !Callbacks.isDiallable(caller)) {
            return false;
        }
        Optional<QueueStatus> now = queue.now();
        if (now.isEmpty()) {
            return false;
        }
        WaitEstimate estimate = WaitEstimate.of(now.get(), callbacks.waiting(), properties.assumedTalkTime());
        if (!estimate.longerThan(properties.offerAbove())) {
            log.debug("Case {}: short wait, no callback offered ({})", caseId, estimate.why());
            return false;
        }
        log.info("Case {}: long wait, offering a callback ({})", caseId, estimate.why());
        Keypad keypad = new Keypad(channel, player, inputTimeout, interDigitTimeout);
        Choice choice = ask(keypad, prompts.offer(estimate));
        if (!choice.callback()) {
            return false;
        }
        Instant at = choice.later() == null ? null
                : choice.later().at(clock.instant(), zone.zone(), properties.tomorrowAt());
        try {
            CallbackId id = callbacks.request(caseId, elderId, caller, priority, at);
            log.info("Case {}: callback {} to {} {}", caseId, id, PersonalNumbers.phoneAnswer(caller), at == null ? "when their turn comes" : "at " + at);
        } catch (RuntimeException e) {
            log.warn("Case {}: could not record the callback; the caller waits in the queue instead", caseId, e);
            return false;
        }
        keypad.say(choice.later() == null ? prompts.confirmed() : prompts.confirmedAt(choice.later()));
        try {
            channel.hangup();
        } catch (AgiHangupException e) {
            // They put the phone down during the goodbye; the callback stands.
        }
        return true;
    }

    private Choice ask(Keypad keypad, Prompt offer) throws AgiException {
        for (int play = 0; play < PLAYS; play++) {
            Optional<String> key = keypad.askKey(offer);
            if (key.isEmpty() || key.get().equals("0") || key.get().equals("#")) {
                return Choice.WAIT; // silence, or "keep waiting": to the queue at once
            }
            if (key.get().equals("1")) {
                return Choice.WHEN_FREE;
            }
            if (key.get().equals("2")) {
                return later(keypad);
            }
            // "*" or another key: the offer once more
        }
        return Choice.WAIT;
    }

    private Choice later(Keypad keypad) throws AgiException {
        for (int play = 0; play < PLAYS; play++) {
            Optional<String> key = keypad.askKey(prompts.chooseTime());
            if (key.isEmpty() || key.get().equals("0") || key.get().equals("#")) {
                return Choice.WAIT;
            }
            Optional<LaterTime> time = LaterTime.ofKey(key.get().charAt(0));
            if (time.isPresent()) {
                return new Choice(true, time.get());
            }
        }
        return Choice.WAIT;
    }
}
