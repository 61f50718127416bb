package cn.yinling.hotline.ivr.visit;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.visit.CheckIn;
import cn.yinling.hotline.cases.visit.CheckIn.Outcome;
import cn.yinling.hotline.cases.visit.DoorCheckins;
import cn.yinling.hotline.ivr.call.Keypad;
import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import java.time.Duration;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code agi://host:4573/visit}: the worker calls the service check-in number at the elder's door.
 * From the elder's own phone (caller ID) the worker keys their worker number; from any other phone
 * also the visit code of the SMS. The first call records the arrival, the next the departure; after a
 * departure on the elder's phone the elder keys 1–5 (rating) or 9 (a problem: the consumption waits for
 * staff). A few wrong numbers end the call ({@code hotline.visit.tries-per-call}); repeated ones lock
 * the worker number or the calling number for a while ({@link DoorCheckins}). Silence or a hang-up
 * instead of the rating records the visit as it is. The script decides nothing itself.
 */
public final class VisitScript implements AgiScript {

    public static final String NAME = "visit";
    private static final int RATING_TRIES = 2;
    private static final Logger log = LoggerFactory.getLogger(VisitScript.class);

    private final DoorCheckins checkins;
    private final VisitPrompts prompts;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final int triesPerCall;

    public VisitScript(DoorCheckins checkins, Messages messages, PromptPlayer player, Duration inputTimeout,
            Duration interDigitTimeout, int triesPerCall) {
        this.checkins = checkins;
        this.prompts = new VisitPrompts(messages);
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.triesPerCall = triesPerCall;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String caller = request.getCallerIdNumber();
        Call call = new Call(caller, checkins.elderAtThisDoor(caller),
                new Keypad(channel, player, inputTimeout, interDigitTimeout), channel);
        try {
            call.run();
        } catch (AgiHangupException | AgiNetworkException e) {
            if (call.awaitingRating != null) {
                log.debug("Visit {}: hung up before the rating; recorded without one", call.awaitingRating);
                checkins.noRating(call.awaitingRating);
            }
        }
    }

    /** One call to the line: who calls, whether it is an elder's door with a visit due, and a rating still owed. */
    private final class Call {
        private final String caller;
        private final Optional<Long> elderAtDoor;
        private final Keypad keypad;
        private final AgiChannel channel;
        private Long awaitingRating;

        Call(String caller, Optional<Long> elderAtDoor, Keypad keypad, AgiChannel channel) {
            this.caller = caller;
            this.elderAtDoor = elderAtDoor;
            this.keypad = keypad;
            this.channel = channel;
        }

        void run() throws AgiException {
            Prompt ask = prompts.of("welcome");
            for (int tries = 0; tries < triesPerCall; tries++) {
                Optional<String> number = keypad.askNumber(ask).filter(n -> !n.equals("#"));
                if (number.isEmpty()) {
                    ask = prompts.of("welcome"); // silence: asked again, and it counts as a try
                    continue;
                }
                ask = prompts.of("wrong");
                String code = null;
                if (elderAtDoor.isEmpty()) {
                    code = keypad.askNumber(prompts.of("askCode")).orElse("");
                }
                CheckIn result = checkins.checkIn(caller, number.get(), code);
                if (result.outcome() == Outcome.LOCKED) {
                    sayAndHangUp(prompts.of("locked"));
                    return;
                }
                if (result.outcome() != Outcome.WRONG) {
                    answer(result);
                    return;
                }
            }
            sayAndHangUp(prompts.of("failed"));
        }

        private void answer(CheckIn result) throws AgiException {
            switch (result.outcome()) {
                case ARRIVED -> sayAndHangUp(prompts.of("arrived"));
                case ALREADY_ARRIVED -> sayAndHangUp(prompts.of("alreadyArrived"));
                case ALREADY_LEFT -> sayAndHangUp(prompts.of("alreadyLeft"));
                case LEFT -> left(result);
                default -> throw new IllegalStateException("not an answer: " + result.outcome());
            }
        }

        private void left(CheckIn result) throws AgiException {
            if (!result.askRating()) {
                keypad.say(prompts.left(result.recordedMinutes()));
                sayAndHangUp(prompts.of(result.held() ? "held" : "recorded"));
                return;
            }
            awaitingRating = result.visitId();
            keypad.say(prompts.left(result.recordedMinutes()));
            Keypad elder = keypad.speakingTo(new ElderId(result.elderId()));
            Prompt ask = prompts.of("rate");
            for (int tries = 0; tries < RATING_TRIES; tries++) {
                String key = elder.askKey(ask).orElse("");
                if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '5') {
                    checkins.rate(result.visitId(), key.charAt(0) - '0');
                    awaitingRating = null;
                    sayAndHangUp(elder, prompts.of("thanks"));
                    return;
                }
                if (key.equals("9")) {
                    checkins.problem(result.visitId());
                    awaitingRating = null;
                    sayAndHangUp(elder, prompts.of("problem"));
                    return;
                }
                ask = prompts.of("rateAgain");
            }
            checkins.noRating(result.visitId());
            awaitingRating = null;
            sayAndHangUp(elder, prompts.of("noRating"));
        }

        private void sayAndHangUp(Prompt prompt) throws AgiException {
            sayAndHangUp(keypad, prompt);
        }

        private void sayAndHangUp(Keypad on, Prompt prompt) throws AgiException {
            try {
                on.say(prompt);
            } catch (AgiHangupException | AgiNetworkException e) {
                return; // everything is recorded; the caller put the phone down during the last words
            }
            OriginatedCalls.hangUp(channel);
        }
    }
}
