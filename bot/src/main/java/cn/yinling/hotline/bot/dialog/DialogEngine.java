package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.faq.PolicyFaq;
import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.nlu.Nlu;
import cn.yinling.hotline.bot.nlu.ParsedMessage;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Handling;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.elder.Identification;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.responders.AlertedContacts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel-agnostic dialog engine. One pipeline per input: load the session → understand
 * (NLU, or the key pressed) → emergencies and hand-overs first → the pending question's flow →
 * a new request → save the session (optimistically) → record both turns in the case database.
 */
public class DialogEngine {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);
    private static final int SAVE_ATTEMPTS = 3;
    private static final int MISUNDERSTANDINGS_BEFORE_PERSON = 2;
    private static final int SILENCES_BEFORE_PERSON = 3;
    private static final Set<String> NEED_ELDER = Set.of(Intents.BOOK_SERVICE, Intents.QUERY_BALANCE,
            Intents.QUERY_BOOKING, Intents.CANCEL_BOOKING, Intents.RESCHEDULE_BOOKING, Intents.COMPLAINT,
            Intents.RATE_SERVICE, Intents.QUERY_APPLICATION);

    private final Nlu nlu;
    private final Sessions sessions;
    private final Conversations conversations;
    private final Messages msg;
    private final Clock clock;
    private final int maxTextLength;
    private final Escalations escalations;
    private final DangerCheck danger;
    private final IdentifyFlow identify;
    private final BookingFlow booking;
    private final BalanceFlow balance;
    private final MyBookingsFlow myBookings;
    private final ComplaintFlow complaint;
    private final RatingFlow rating;
    private final SmallTalk smallTalk;
    private final BindingFlow binding;
    private final ApplicationStatusFlow applicationStatus;
    private final List<Flow> flows;
    private final SessionLocks locks = new SessionLocks();

    public DialogEngine(Nlu nlu, SessionStore store, Duration sessionTtl, int maxTextLength, PolicyFaq faq,
            Elders elders, Identification identification, Entitlements entitlements, Bookings bookings,
            ServiceCatalog catalog, Cases cases, Conversations conversations, Clock clock) {
        this(nlu, store, sessionTtl, maxTextLength, faq, elders, identification, entitlements, bookings, catalog, cases,
                conversations, clock, null);
    }

    /** With {@code bindings}, unbound WeChat senders are guided through family binding; without, told to ask a person. */
    public DialogEngine(Nlu nlu, SessionStore store, Duration sessionTtl, int maxTextLength, PolicyFaq faq,
            Elders elders, Identification identification, Entitlements entitlements, Bookings bookings,
            ServiceCatalog catalog, Cases cases, Conversations conversations, Clock clock, FamilyBindings bindings) {
        this(nlu, store, sessionTtl, maxTextLength, faq, elders, identification, entitlements, bookings, catalog, cases,
                conversations, clock, bindings, elder -> AlertedContacts.NOBODY);
    }

    /**
     * With {@code alerted}, the emergency reply tells the caller who else hears of it (the family, the
     * community); without, it promises only an agent.
     */
    public DialogEngine(Nlu nlu, SessionStore store, Duration sessionTtl, int maxTextLength, PolicyFaq faq,
            Elders elders, Identification identification, Entitlements entitlements, Bookings bookings,
            ServiceCatalog catalog, Cases cases, Conversations conversations, Clock clock, FamilyBindings bindings,
            Function<ElderId, AlertedContacts> alerted) {
        this(nlu, store, sessionTtl, maxTextLength, faq, elders, identification, entitlements, bookings, catalog, cases,
                conversations, clock, bindings, alerted, null);
    }

    /** With {@code applications}, "我的申请到哪一步了" is answered with the application's state; without, it goes to the intent model. */
    public DialogEngine(Nlu nlu, SessionStore store, Duration sessionTtl, int maxTextLength, PolicyFaq faq,
            Elders elders, Identification identification, Entitlements entitlements, Bookings bookings,
            ServiceCatalog catalog, Cases cases, Conversations conversations, Clock clock, FamilyBindings bindings,
            Function<ElderId, AlertedContacts> alerted, VoucherApplications applications) {
        this.nlu = nlu;
        this.sessions = new Sessions(store, sessionTtl);
        this.conversations = conversations;
        this.msg = new Messages();
        this.clock = clock;
        this.maxTextLength = maxTextLength;
        this.escalations = new Escalations(cases, conversations, alerted);
        this.danger = new DangerCheck(nlu, escalations, maxTextLength);
        this.identify = new IdentifyFlow(elders, identification, conversations, escalations);
        this.booking = new BookingFlow(bookings, catalog, entitlements, escalations);
        this.balance = new BalanceFlow(entitlements, bookings, catalog, elders);
        this.myBookings = new MyBookingsFlow(bookings, catalog, elders);
        this.complaint = new ComplaintFlow(cases, bookings, catalog, escalations);
        this.rating = new RatingFlow(bookings, cases, escalations);
        this.smallTalk = new SmallTalk(faq, escalations);
        this.binding = bindings == null ? null : new BindingFlow(bindings, elders, identify);
        this.applicationStatus = applications == null ? null : new ApplicationStatusFlow(applications, elders);
        this.flows = binding == null ? List.of(identify, booking, myBookings, complaint, rating)
                : List.of(identify, booking, myBookings, complaint, rating, binding);
    }

    /** Whether the sender has a conversation going on this channel (a session that has not ended or expired). */
    public boolean isOngoing(Channel channel, String sender) {
        return sessions.exists(Inbound.event(channel, sender, InputKind.START).sessionKey());
    }

    public Reply handle(Inbound in) {
        ReentrantLock lock = locks.of(in.sessionKey());
        lock.lock();
        try {
            return handleInTurn(in);
        } finally {
            lock.unlock();
        }
    }

    private Reply handleInTurn(Inbound in) {
        String key = in.sessionKey();
        for (int attempt = 1; ; attempt++) {
            Sessions.Loaded loaded = sessions.load(key);
            DialogState state = loaded.state();
            // One read of the conversation per turn: whether it still exists and whether an agent has it.
            Optional<Handling> handling = state.conversationId == null ? Optional.empty()
                    : conversations.handling(state.conversationId);
            if (state.conversationId != null && handling.isEmpty()) {
                // A session that outlived its conversation (database restored or reset) starts afresh.
                state = new DialogState();
            }
            if (in.kind() == InputKind.HANGUP || in.kind() == InputKind.HANDED_OVER) {
                return hangUp(key, state, in.kind() == InputKind.HANGUP ? "hangup" : "handover");
            }
            Step asked = state.step; // the transcript masks answers to identification questions
            ParsedMessage parsed = understand(in);
            Turn t = new Turn(in, state, parsed, msg, clock);
            ensureConversation(t);
            decide(t, handling.orElse(Handling.BOT) == Handling.PERSON);
            if (t.explicitChoice()) {
                parsed = null; // the transcript shows the choice, not the intent model's guess at "2"
            }
            Reply reply = t.reply.build();
            if (in.channel() == Channel.VOICE && state.identified && state.elderId != null
                    && state.familyContactId == null) {
                reply = reply.with(new Action.ElderOnLine(state.elderId));
            }
            // A number typed next turn means one of the options shown now, never one shown earlier.
            state.optionValues.keySet().retainAll(reply.options().stream().map(o -> o.key()).toList());
            state.turns++;
            if (!reply.has(Action.End.class) && !reply.has(Action.WithAgent.class)) {
                // Only a caller can ask to hear the last reply again (* or silence); a chat has it on screen.
                state.lastLines = in.channel() == Channel.VOICE ? reply.lines() : List.of();
                state.lastOptions = reply.options();
            }
            boolean saved = reply.has(Action.End.class) ? endSession(key) : sessions.save(key, loaded, state);
            if (saved || attempt == SAVE_ATTEMPTS) {
                if (!saved) {
                    log.warn("Session {} changed under three attempts in a row; answering with the last one", key);
                }
                record(state, asked, in, parsed, reply);
                return reply;
            }
            // Another node handled a message of the same sender meanwhile: handle this one on its state.
        }
    }

    private ParsedMessage understand(Inbound in) {
        if (in.kind() != InputKind.TEXT || in.text() == null || in.text().isBlank() || in.text().length() > maxTextLength) {
            return null;
        }
        return nlu.parse(in.text().strip(), clock);
    }

    private void decide(Turn t, boolean withAgent) {
        if (danger.handled(t, withAgent)) {
            return; // danger before anything else, in every step
        }
        DialogState s = t.state;
        switch (t.in.kind()) {
            case START -> {
                greet(t);
                return;
            }
            case NO_INPUT -> {
                noInput(t);
                return;
            }
            case RECORDING -> {
                complaint.recorded(t);
                return;
            }
            case TEXT -> {
                if (t.in.text() == null || t.in.text().isBlank()) {
                    t.say("empty");
                    Menu.offer(t);
                    return;
                }
                if (t.in.text().length() > maxTextLength) {
                    t.say("tooLong", maxTextLength);
                    return;
                }
            }
            default -> {
            }
        }
        s.noInputs = 0;
        String digits = t.in.kind() == InputKind.DTMF ? t.in.digits() : null;
        String choice = t.choice();

        if ("9".equals(digits) && choice == null && t.in.channel() == Channel.VOICE) {
            escalations.emergency(t);
            return;
        }
        if (t.in.kind() == InputKind.TEXT && withAgent) {
            // An agent answers this chat: the message is only recorded, for the console to show.
            t.reply.action(new Action.WithAgent(s.caseId));
            return;
        }
        if (binding != null && binding.wants(t)) {
            binding.handle(t);
            resumeAfterIdentification(t);
            return;
        }
        if ("0".equals(digits) || Intents.HUMAN_AGENT.equals(t.intent()) || "human".equals(choice)) {
            escalations.handoff(t, "handoff.requested", msg.text("reason.requested"), Priority.HIGH);
            return;
        }
        if ("*".equals(digits)) {
            repeat(t);
            return;
        }
        if (s.step != Step.NONE && s.step != Step.MENU) {
            for (Flow f : flows) {
                if (f.owns(s.step) && f.answer(t)) {
                    s.misunderstandings = 0;
                    resumeAfterIdentification(t);
                    return;
                }
            }
        }
        String intent = Menu.intentOf(choice);
        if (choice != null && choice.startsWith("service:")) {
            if (requireElder(t, Intents.BOOK_SERVICE)) {
                booking.startWith(t, choice.substring(8));
            }
            return;
        }
        if (intent == null && applicationStatus != null && applicationStatus.asked(t)) {
            intent = Intents.QUERY_APPLICATION;
        }
        if (intent == null) {
            intent = t.intent();
        }
        if (intent == null) {
            misunderstood(t);
            return;
        }
        s.misunderstandings = 0;
        route(t, intent);
    }

    private void route(Turn t, String intent) {
        if (NEED_ELDER.contains(intent) && !requireElder(t, intent)) {
            return;
        }
        switch (intent) {
            case Intents.BOOK_SERVICE -> booking.start(t);
            case Intents.QUERY_BALANCE -> balance.start(t);
            case Intents.QUERY_BOOKING, Intents.CANCEL_BOOKING, Intents.RESCHEDULE_BOOKING -> {
                t.state.intent = intent;
                myBookings.start(t);
            }
            case Intents.COMPLAINT -> complaint.start(t);
            case Intents.RATE_SERVICE -> rating.start(t);
            case Intents.QUERY_APPLICATION -> applicationStatus.start(t);
            default -> smallTalk.handle(t, intent);
        }
    }

    /** Requests about an elder need to know which elder; unknown callers are identified first. */
    private boolean requireElder(Turn t, String intent) {
        if (t.state.identified) {
            return true;
        }
        t.state.intent = intent;
        if (binding != null && t.in.channel() == Channel.WECHAT) {
            binding.requireElder(t, intent);
        } else {
            identify.start(t);
        }
        return false;
    }

    private void resumeAfterIdentification(Turn t) {
        DialogState s = t.state;
        if (s.identified && s.resumeIntent != null && s.step == Step.NONE) {
            String intent = s.resumeIntent;
            String text = s.resumeText;
            s.resumeIntent = null;
            s.resumeText = null;
            // The request as first said ("明天上午帮我约个助浴"), never this turn's input: that was the
            // ID digits or the binding code, which must not become a complaint's subject.
            Inbound request = new Inbound(t.in.channel(), t.in.sender(), InputKind.TEXT, text, null, null, t.in.origin(),
                    t.in.call());
            Slots slots = text == null ? Slots.NONE : nlu.parse(text, clock).slots();
            Turn resumed = new Turn(request, s, new ParsedMessage(text, intent, 1.0, slots), t.msg, t.clock);
            route(resumed, intent);
            resumed.reply.build().lines().forEach(t::say);
            resumed.reply.build().options().forEach(o -> t.reply.option(o));
        }
    }

    private void greet(Turn t) {
        String name = identify.recognise(t);
        if (name == null) {
            t.say("welcome.unknown");
            if (binding != null && t.in.channel() == Channel.WECHAT) {
                t.say("binding.invite");
            }
        } else if (t.state.familyContactId != null) {
            t.say("welcome.family", name, elderTitle(t));
        } else {
            t.say("welcome.known", name);
        }
        Menu.offerAfterGreeting(t);
    }

    private String elderTitle(Turn t) {
        return Greeting.title(identify.elderOf(t.state.elderId), msg);
    }

    private void noInput(Turn t) {
        t.state.noInputs++;
        if (t.state.noInputs >= SILENCES_BEFORE_PERSON) {
            escalations.handoff(t, "handoff.noInput", msg.text("reason.silence"), Priority.HIGH);
            return;
        }
        repeat(t);
    }

    private void misunderstood(Turn t) {
        t.state.misunderstandings++;
        if (t.state.misunderstandings >= MISUNDERSTANDINGS_BEFORE_PERSON) {
            escalations.handoff(t, "handoff.misunderstood", msg.text("reason.misunderstood"), Priority.HIGH);
            return;
        }
        if (t.state.step == Step.NONE || t.state.step == Step.MENU) {
            // a short question with the options, naming the model's guess when the menu has it
            String[] guessed = Menu.choiceFor(t.guess(), t);
            if (guessed == null) {
                t.say("clarify");
            } else {
                t.say("clarify.guess", guessed[1], guessed[0]);
            }
            Menu.offer(t);
        } else {
            t.say(t.state.lastOptions.isEmpty() ? "clarify" : "clarify.choose");
            t.state.lastOptions.forEach(o -> t.reply.option(o));
        }
    }

    /** Says the last reply again (* on the phone, or silence). */
    private void repeat(Turn t) {
        if (t.state.lastLines.isEmpty()) {
            t.say("noInput");
            Menu.offer(t);
            return;
        }
        t.state.lastLines.forEach(t::say);
        t.state.lastOptions.forEach(o -> t.reply.option(o));
    }

    private Reply hangUp(String key, DialogState state, String reason) {
        sessions.end(key);
        if (state.conversationId != null) {
            conversations.end(state.conversationId, reason);
        }
        return Reply.builder().action(new Action.End(reason)).build();
    }

    private boolean endSession(String key) {
        sessions.end(key);
        return true;
    }

    private void ensureConversation(Turn t) {
        if (t.state.conversationId == null) {
            Conversation c = conversations.start(t.in.channel(), t.in.sender(), t.elder());
            t.state.conversationId = c.getId();
            if (t.in.kind() != InputKind.START && !t.state.identified) {
                identify.recognise(t);
            }
        }
    }

    /** Both turns go to the case database's transcript writer: written in order, in batches, off this thread. */
    private void record(DialogState state, Step asked, Inbound in, ParsedMessage parsed, Reply reply) {
        Long id = state.conversationId;
        if (id == null) {
            return;
        }
        List<cn.yinling.hotline.cases.conversation.Turn> turns = new ArrayList<>(2);
        if (in.kind() == InputKind.TEXT || in.kind() == InputKind.DTMF) {
            turns.add(RecordedInput.of(in, parsed, asked));
        }
        if (!reply.lines().isEmpty()) {
            turns.add(cn.yinling.hotline.cases.conversation.Turn.outgoing(reply.text()));
        }
        conversations.record(id, turns.toArray(cn.yinling.hotline.cases.conversation.Turn[]::new));
        if (reply.has(Action.End.class)) {
            conversations.end(id, reply.action(Action.End.class).reason());
        }
    }
}
