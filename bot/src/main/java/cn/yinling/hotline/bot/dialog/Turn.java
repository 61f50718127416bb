package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.bot.nlu.ParsedMessage;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One turn being handled: the input, what the NLU made of it, the state, and the reply being built. */
final class Turn {

    final Inbound in;
    final DialogState state;
    final ParsedMessage parsed;
    final Messages msg;

    final Clock clock;
    final Reply.Builder reply = Reply.builder();
    private String choice;
    private boolean choiceResolved;

    Turn(Inbound in, DialogState state, ParsedMessage parsed, Messages msg, Clock clock) {
        this.in = in;
        this.state = state;
        this.parsed = parsed;
        this.msg = msg;
        this.clock = clock;
    }

    /** What the message names (service, date, …); nothing when it is an explicit choice, which means only that option. */
    Slots slots() {
        return parsed == null || explicitChoice() ? Slots.NONE : parsed.slots();
    }

    /**
     * The value of the option the caller chose, if any: the key pressed, or typed as a number in any
     * usual way ("2", "２", "回复2", "选2", "2.", "第二个"), or the option's own label typed back
     * ("重新选择"). Resolved once, against the options offered before this turn.
     */
    String choice() {
        if (!choiceResolved) {
            choice = ChoiceInput.resolve(in, state.optionValues, state.lastOptions);
            choiceResolved = true;
        }
        return choice;
    }

    /**
     * What the NLU thought the caller wants, unless the caller made an explicit choice: a typed
     * number or option label is the caller's decision, never the model's guess (a bare "2" is
     * otherwise read as "affirm", and would confirm at "回复2：重新选择").
     */
    String intent() {
        return parsed == null || explicitChoice() ? null : parsed.intent();
    }

    /** The intent model's best guess, kept or not; null for a choice or a key. */
    String guess() {
        return parsed == null || explicitChoice() ? null : parsed.guess();
    }

    /** An option chosen, or a number typed as if choosing one (offered or not). */
    boolean explicitChoice() {
        return choice() != null || ChoiceInput.looksLikeANumberedChoice(in);
    }

    /** Digits the caller keyed or typed (for phone numbers and ID digits). */
    String digitsGiven() {
        String s = in.kind() == InputKind.DTMF ? in.digits() : in.text();
        if (s == null) {
            return null;
        }
        String digits = s.replaceAll("[^0-9Xx+]", "");
        return digits.isEmpty() ? null : digits;
    }

    ElderId elder() {
        return state.elderId == null ? null : new ElderId(state.elderId);
    }

    /** A moment as the caller reads it: "12月7日 14:30". */
    String clockTime(Instant at) {
        return new ShortDateTime(clock, clock.getZone()).format(at);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Turn say(String key, Object... args) {
        reply.line(msg.line(key, args));
        return this;
    }

    Turn say(Line line) {
        reply.line(line);
        return this;
    }

    /** Says the question the options that follow answer: where the menu begins (see {@link Line#question()}). */
    Turn ask(String key, Object... args) {
        reply.line(msg.line(key, args).asQuestion());
        return this;
    }

    /** Adds a numbered option and remembers what it stands for. */
    Turn option(String key, String label, String value) {
        return option(key, label, null, value);
    }

    /** As {@link #option(String, String, String)}, with a shorter label for the phone ({@link Option#speech()}). */
    Turn option(String key, String label, String speech, String value) {
        reply.option(new Option(key, label, speech));
        state.optionValues.put(key, value);
        return this;
    }

    Turn expect(Step step) {
        state.step = step;
        return this;
    }

    /** Whose subsidy or bookings a chat reply is about: 您 to the elder, the elder by name to a family member. */
    String whose(Elders elders) {
        return state.familyContactId == null ? msg.text("balance.you") : elders.get(elder()).getFullName();
    }
}
