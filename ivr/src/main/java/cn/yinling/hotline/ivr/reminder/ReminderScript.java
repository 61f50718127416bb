package cn.yinling.hotline.ivr.reminder;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.reminder.BookingReminders;
import cn.yinling.hotline.cases.reminder.ReminderCall;
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
 * {@code agi://host:4573/reminder}: the call the day before a visit, placed by {@link ReminderDialing},
 * whose channel carries the reminder in {@value #REMINDER_VARIABLE} and the call's one-time token
 * ({@link OriginatedCalls}); without a valid token it hangs up at once and records nothing. In the
 * elder's own voice it says when the visit is and asks: 1 confirms; 2 opens a case (wants another
 * time) and returns the call to the dialplan, which queues it for a person; 3 asks once more
 * ("确定取消请按1") and cancels the booking. Two silences leave the visit as it is; a hang-up before
 * any key counts as unanswered (tried again while retries remain).
 */
public final class ReminderScript implements AgiScript {

    public static final String NAME = "reminder";
    /** Set by the dialer on the outbound call: the reminder's id. */
    public static final String REMINDER_VARIABLE = "HOTLINE_REMINDER_ID";
    private static final int TRIES = 2;
    /** The question at most this often, however the elder goes back and forth between 3 and "不取消". */
    private static final int MOST_QUESTIONS = 4;
    private static final Logger log = LoggerFactory.getLogger(ReminderScript.class);

    private final BookingReminders reminders;
    private final ReminderPrompts prompts;
    private final PromptPlayer player;
    private final Duration inputTimeout;
    private final Duration interDigitTimeout;
    private final QueueHandover queue;
    private final OriginatedCalls originated;

    public ReminderScript(BookingReminders reminders, Messages messages, PromptPlayer player, Duration inputTimeout,
            Duration interDigitTimeout, QueueHandover queue, OriginatedCalls originated) {
        this.reminders = reminders;
        this.prompts = new ReminderPrompts(messages);
        this.player = player;
        this.inputTimeout = inputTimeout;
        this.interDigitTimeout = interDigitTimeout;
        this.queue = queue;
        this.originated = originated;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        Optional<ReminderCall> call = reminder(request, channel);
        if (call.isEmpty()) {
            OriginatedCalls.hangUp(channel);
            return;
        }
        Conversation c = new Conversation(call.get(), new Keypad(channel, player.speakingTo(call.get().elderId()),
                inputTimeout, interDigitTimeout), channel, request);
        try {
            c.run();
        } catch (AgiHangupException | AgiNetworkException e) {
            if (!c.keyPressed) {
                log.debug("Reminder {}: the elder hung up before pressing a key", call.get().id());
                reminders.unanswered(call.get().id());
            } else {
                reminders.noKey(call.get().id()); // heard it and began to answer: the visit stands
            }
        }
    }

    /** One reminder call: its keypad and whether the elder has pressed anything yet. */
    private final class Conversation {
        private final ReminderCall call;
        private final Keypad keypad;
        private final AgiChannel channel;
        private final AgiRequest request;
        private boolean keyPressed;

        Conversation(ReminderCall call, Keypad keypad, AgiChannel channel, AgiRequest request) {
            this.call = call;
            this.keypad = keypad;
            this.channel = channel;
            this.request = request;
        }

        void run() throws AgiException {
            Prompt prompt = prompts.greeting(call);
            int silences = 0;
            for (int asked = 0; asked < MOST_QUESTIONS && silences < TRIES; asked++) {
                Optional<String> key = keypad.askKey(prompt);
                key.ifPresent(k -> keyPressed = true);
                switch (key.orElse("")) {
                    case "1" -> {
                        reminders.confirm(call.id());
                        sayAndHangUp(prompts.confirmed());
                        return;
                    }
                    case "2" -> {
                        anotherTime();
                        return;
                    }
                    case "3" -> {
                        if (cancelConfirmed()) {
                            return;
                        }
                        prompt = prompts.keptAndAgain();
                    }
                    default -> {
                        silences++;
                        prompt = prompts.again();
                    }
                }
            }
            reminders.noKey(call.id());
            sayAndHangUp(prompts.noKey());
        }

        private void anotherTime() throws AgiException {
            Optional<CaseId> handoff = reminders.wantsAnotherTime(call.id());
            if (handoff.isEmpty()) {
                log.warn("Reminder {}: already answered; not put through again", call.id());
                OriginatedCalls.hangUp(channel);
                return;
            }
            keypad.say(prompts.transfer());
            queue.handOver(channel, request.getUniqueId(), handoff.get(), call.elderId(), request.getCallerIdNumber(),
                    Priority.NORMAL);
            // back to the dialplan, which queues the call
        }

        /** True when the call is over (cancelled, or it could not be); false when the elder kept the visit. */
        private boolean cancelConfirmed() throws AgiException {
            if (!"1".equals(keypad.askKey(prompts.confirmCancel(call)).orElse(""))) {
                return false;
            }
            boolean cancelled = reminders.cancel(call.id());
            if (!cancelled) {
                reminders.noKey(call.id());
            }
            sayAndHangUp(cancelled ? prompts.cancelled() : prompts.cannotCancel());
            return true;
        }

        private void sayAndHangUp(Prompt prompt) throws AgiException {
            try {
                keypad.say(prompt);
            } catch (AgiHangupException | AgiNetworkException e) {
                return; // the answer is recorded; the elder put the phone down during the last words
            }
            OriginatedCalls.hangUp(channel);
        }
    }

    private Optional<ReminderCall> reminder(AgiRequest request, AgiChannel channel) throws AgiException {
        OptionalLong subject = originated.admittedSubject(request, channel, NAME, REMINDER_VARIABLE);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        long id = subject.getAsLong();
        Optional<ReminderCall> call = reminders.callFor(id);
        if (call.isEmpty() || !call.get().inProgress()) {
            log.warn("Reminder call for reminder {} that is unknown or already answered; hanging up", id);
            return Optional.empty();
        }
        return call;
    }

}
