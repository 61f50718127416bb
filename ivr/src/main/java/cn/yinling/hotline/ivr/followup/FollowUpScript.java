package cn.yinling.hotline.ivr.followup;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.followup.FollowUpCall;
import cn.yinling.hotline.cases.followup.FollowUpCalls;
import cn.yinling.hotline.cases.followup.VisitRating;
import cn.yinling.hotline.ivr.call.Keypad;
import cn.yinling.hotline.ivr.call.Prompt;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.OptionalInt;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code agi://host:4573/followup}: the follow-up call after a visit, whose channel carries the
 * booking in {@value #BOOKING_VARIABLE} and the call's one-time token ({@link OriginatedCalls});
 * without a valid token it hangs up at once and records nothing. Asks twice for 1–5 stars and
 * records them through {@link FollowUpCalls} (which opens a complaint for 1–2); silence or hang-up
 * records nothing.
 */
public final class FollowUpScript implements AgiScript {

    public static final String NAME = "followup";
    /** Set on the outbound call: the booking whose visit is rated. */
    public static final String BOOKING_VARIABLE = "HOTLINE_BOOKING_ID";
    private static final int TRIES = 2;
    private static final Logger log = LoggerFactory.getLogger(FollowUpScript.class);

    private final FollowUpCalls followUps;
    private final Messages messages;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final OriginatedCalls originated;

    public FollowUpScript(FollowUpCalls followUps, Messages messages, PromptPlayer player, Duration inputTimeout,
            Duration interDigitTimeout, OriginatedCalls originated) {
        this.followUps = followUps;
        this.originated = originated;
        this.messages = messages;
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        try {
            Optional<FollowUpCall> call = callOf(request, channel);
            if (call.isPresent()) {
                Keypad keypad = new Keypad(channel, player.speakingTo(call.get().elderId()), inputTimeout, interDigitTimeout);
                OptionalInt stars = ask(keypad, call.get());
                if (stars.isPresent()) {
                    VisitRating rating = followUps.rate(call.get().bookingId(), stars.getAsInt());
                    keypad.say(prompt(rating.complaint() == null ? "followup.thanks" : "followup.low", rating.stars()));
                }
            }
            channel.hangup();
        } catch (AgiHangupException | AgiNetworkException e) {
            log.debug("Follow-up call ended by the elder");
        }
    }

    private OptionalInt ask(Keypad keypad, FollowUpCall call) throws AgiException {
        String title = messages.text(call.sex() == Sex.FEMALE ? "title.female" : "title.male", call.surname());
        Prompt prompt = prompt("followup.greeting", title);
        for (int i = 0; i < TRIES; i++) {
            OptionalInt stars = keypad.askKey(prompt).map(FollowUpCalls::starsOfKey).orElse(OptionalInt.empty());
            if (stars.isPresent()) {
                return stars;
            }
            prompt = prompt("followup.again");
        }
        return OptionalInt.empty();
    }

    private Optional<FollowUpCall> callOf(AgiRequest request, AgiChannel channel) throws AgiException {
        OptionalLong subject = originated.admittedSubject(request, channel, NAME, BOOKING_VARIABLE);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        long bookingId = subject.getAsLong();
        Optional<FollowUpCall> call = followUps.callFor(bookingId);
        if (call.isEmpty()) {
            log.warn("Follow-up call for booking {} without a recorded visit; hanging up", bookingId);
        }
        return call;
    }

    private Prompt prompt(String key, Object... args) {
        return Prompt.of(messages.speech(key, args));
    }
}
