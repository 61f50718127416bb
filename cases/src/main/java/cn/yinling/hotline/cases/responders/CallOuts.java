package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PersonalNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic call-out of an emergency to the elder's responders, one after another until one
 * accepts. Everything is in {@code responder_call_out} and {@code responder_call}: a node claims a
 * waiting call-out with a conditional update (so two nodes never ring for one case at once), rings
 * the next responder whose hours cover the present local time, and the answer makes it wait for the
 * next claim or ends it. Every step is a line on the case's timeline, in order.
 */
@Service
public class CallOuts {

    /** Timeline kinds (the console labels them {@code event.<kind>}). */
    public static final String STARTED = "RESPONDERS_CALL_OUT";
    public static final String CALLING = "RESPONDER_CALLING";
    public static final String NO_ANSWER = "RESPONDER_NO_ANSWER";
    public static final String DECLINED = "RESPONDER_DECLINED";
    public static final String ACCEPTED = "RESPONDER_ACCEPTED";
    public static final String SKIPPED = "RESPONDER_SKIPPED";
    public static final String NOT_PLACED = "RESPONDER_NOT_PLACED";
    public static final String EXHAUSTED = "RESPONDERS_EXHAUSTED";
    public static final String NO_DIALER = "RESPONDERS_NO_DIALER";
    public static final String STOPPED = "RESPONDERS_STOPPED";
    static final String ACTOR = "responders";
    private static final Logger log = LoggerFactory.getLogger(CallOuts.class);

    private final CallOutRepository callOuts;
    private final ResponderCallRepository calls;
    private final VolunteerRepository volunteers;
    private final Responders responders;
    private final Cases cases;
    private final Elders elders;
    private final ApplicationEventPublisher events;
    private final ResponderProperties properties;
    private final CasesProperties casesProperties;
    private final Clock clock;

    CallOuts(CallOutRepository callOuts, ResponderCallRepository calls, VolunteerRepository volunteers,
            Responders responders, Cases cases, Elders elders, ApplicationEventPublisher events,
            ResponderProperties properties, CasesProperties casesProperties, Clock clock) {
        this.callOuts = callOuts;
        this.calls = calls;
        this.volunteers = volunteers;
        this.responders = responders;
        this.cases = cases;
        this.elders = elders;
        this.events = events;
        this.properties = properties;
        this.casesProperties = casesProperties;
        this.clock = clock;
    }

    /**
     * Starts the call-out of emergency case {@code caseId}: the elder's responders who can be called
     * are copied in order, and the first is called by whichever node claims it. Nothing happens for a
     * case that is no open emergency of an identified elder, an elder without responders, or a case
     * whose call-out exists already. A transaction of its own: it runs after the case's commit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<CallOut> start(CaseId caseId) {
        CareCase k = cases.get(caseId.value());
        if (k.getType() != CaseType.EMERGENCY || k.getElderId() == null || !k.getStatus().isOpen()
                || callOuts.findByCaseId(k.getId()).isPresent()) {
            return Optional.empty();
        }
        List<ResponderLine> lines = responders.of(new ElderId(k.getElderId())).stream()
                .filter(ResponderLine::available).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        CallOut o = callOuts.saveAndFlush(new CallOut(k.getId(), k.getElderId(), clock.instant()));
        List<String> names = new ArrayList<>();
        for (ResponderLine l : lines) {
            calls.save(new ResponderCall(o.getId(), names.size() + 1, l.kind(), l.volunteerId(), l.name(), l.relation(),
                    l.phone(), l.hours()));
            names.add(who(l.name(), l.relation()));
        }
        cases.record(k.getId(), STARTED, ACTOR, CaseTexts.text("responder.started", lines.size(), String.join("、", names)));
        events.publishEvent(new CallOutStarted(caseId));
        return Optional.of(o);
    }

    /**
     * Claims for {@code node} every waiting call-out and, for each, the next responder to ring now:
     * responders without a number, or outside their hours, are skipped (on the timeline); nobody left
     * ends the call-out as exhausted, which the case says loudly; a case already ended stops it.
     */
    @Transactional
    public List<DueResponderCall> claimNext(String node) {
        Instant now = clock.instant();
        List<DueResponderCall> due = new ArrayList<>();
        for (CallOut waiting : callOuts.findByStateOrderByStartedAtAsc(CallOutState.WAITING)) {
            if (callOuts.claim(waiting.getId(), node, now) == 1) {
                next(waiting.getId(), now).ifPresent(due::add);
            }
        }
        return due;
    }

    private Optional<DueResponderCall> next(long callOutId, Instant now) {
        CallOut o = lock(callOutId);
        Long caseId = o.getCaseId();
        if (!cases.get(caseId).getStatus().isOpen()) {
            o.move(CallOutState.CANCELLED, now);
            note(caseId, STOPPED, CaseTexts.text("responder.stopped"));
            return Optional.empty();
        }
        if (o.getStalledAt() != null) {
            o.stalled(null);
            note(caseId, STARTED, CaseTexts.text("responder.resumed"));
        }
        LocalTime local = now.atZone(casesProperties.zone()).toLocalTime();
        List<ResponderCall> all = calls.findByCallOutIdOrderByPositionAsc(callOutId);
        for (ResponderCall c : all) {
            if (c.getState() != CallState.PENDING) {
                continue;
            }
            if (c.getPhone() == null) {
                c.skipped("NO_PHONE", now);
                note(caseId, SKIPPED, CaseTexts.text("responder.skipped.noPhone", who(c)));
            } else if (!c.hours().covers(local)) {
                c.skipped("OFF_HOURS", now);
                note(caseId, SKIPPED, CaseTexts.text("responder.skipped.offHours", who(c), c.hours().text()));
            } else {
                c.calling(now);
                note(caseId, CALLING, CaseTexts.text("responder.calling", who(c), masked(c), c.getPosition(), all.size()));
                return Optional.of(new DueResponderCall(c.getId(), new CaseId(caseId), c.getPhone()));
            }
        }
        o.move(CallOutState.EXHAUSTED, now);
        note(caseId, EXHAUSTED, CaseTexts.text("responder.exhausted"));
        log.warn("Emergency case {}: no responder accepted; the agents must call 120/110", caseId);
        return Optional.empty();
    }

    /** The dialer could not send the call: nobody was called, so the responder waits for the next claim. */
    @Transactional
    public void notPlaced(long callId) {
        CallOut o = lock(calls.callOutOf(callId).orElseThrow(() -> new NoSuchElementException("No responder call " + callId)));
        ResponderCall c = call(callId); // read under the call-out's lock, so two reports of one call see each other
        if (c.getState() == CallState.CALLING && o.getState() == CallOutState.RINGING) {
            c.notPlaced();
            o.move(CallOutState.WAITING, clock.instant());
            note(o.getCaseId(), NOT_PLACED, CaseTexts.text("responder.notPlaced", who(c)));
        }
    }

    /** Not answered, busy, failed ({@code outcome} as the dialer says), or answered and hung up without a key. */
    @Transactional
    public boolean noAnswer(long callId, String outcome) {
        return ended(callId, CallState.NO_ANSWER, outcome);
    }

    /** Pressed 2: cannot come. */
    @Transactional
    public boolean declined(long callId) {
        return ended(callId, CallState.DECLINED, null);
    }

    /** Pressed 1: on the way. The call-out ends; the case records who comes. */
    @Transactional
    public boolean accepted(long callId) {
        return ended(callId, CallState.ACCEPTED, null);
    }

    private boolean ended(long callId, CallState result, String outcome) {
        CallOut o = lock(calls.callOutOf(callId).orElseThrow(() -> new NoSuchElementException("No responder call " + callId)));
        ResponderCall c = call(callId); // read under the call-out's lock, so two reports of one call see each other
        if (c.getState() != CallState.CALLING || o.getState() != CallOutState.RINGING) {
            return false; // told already (the script and the PBX both report a call), or released as stale
        }
        Instant now = clock.instant();
        c.ended(result, outcome, now);
        if (c.getVolunteerId() != null) {
            volunteers.lockById(c.getVolunteerId()).ifPresent(v -> v.counted(result));
        }
        switch (result) {
            case ACCEPTED -> note(o.getCaseId(), ACCEPTED, CaseTexts.text("responder.accepted", who(c), masked(c)));
            case DECLINED -> note(o.getCaseId(), DECLINED, CaseTexts.text("responder.declined", who(c), masked(c)));
            default -> note(o.getCaseId(), NO_ANSWER, CaseTexts.text("responder.noAnswer", who(c), masked(c),
                    CaseTexts.text("responder.outcome." + (outcome == null ? "NO_ANSWER" : outcome))));
        }
        o.move(result == CallState.ACCEPTED ? CallOutState.ACCEPTED : CallOutState.WAITING, now);
        events.publishEvent(new CallOutMoved(new CaseId(o.getCaseId()), o.getState()));
        return true;
    }

    /** What to tell the responder of {@code callId}; empty unless their call is the one ringing now. */
    @Transactional(readOnly = true)
    public Optional<ResponderNotice> notice(long callId) {
        Optional<ResponderCall> c = calls.findById(callId).filter(x -> x.getState() == CallState.CALLING);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        CallOut o = callOuts.findById(c.get().getCallOutId()).orElseThrow();
        CareCase k = cases.get(o.getCaseId());
        Elder e = elders.get(new ElderId(o.getElderId()));
        String said = cases.timeline(k.getId()).stream().filter(t -> "OPENED".equals(t.getKind())).findFirst()
                .map(t -> t.getNote()).orElse(null);
        return Optional.of(new ResponderNotice(callId, c.get().getFullName(), e.getFullName(),
                e.surname(), e.getSex(), ResponderNotice.placeOf(e), said));
    }

    /**
     * Call-outs still ringing after {@code call-timeout} were left by a node that stopped mid-call:
     * the responder counts as not answering, so the next one is called.
     */
    @Transactional
    public int releaseStale() {
        int released = 0;
        for (Long callId : calls.ringingSince(clock.instant().minus(properties.callTimeout()))) {
            if (noAnswer(callId, "TIMED_OUT")) {
                released++;
            }
        }
        return released;
    }

    /**
     * The dialer cannot place calls: each call-out that has waited {@code wait} for it says so on its
     * case, once, so the agent calls the responders by hand. The call-out goes on once calls can be placed.
     *
     * @return how many cases were told
     */
    @Transactional
    public int dialerNotReady(Duration wait) {
        Instant now = clock.instant();
        List<CallOut> stuck = callOuts.findByStateAndStalledAtIsNullAndStartedAtLessThanEqual(CallOutState.WAITING,
                now.minus(wait));
        for (CallOut o : stuck) {
            o.stalled(now);
            note(o.getCaseId(), NO_DIALER, CaseTexts.text("responder.notDialled"));
            log.error("Emergency case {}: responders cannot be called (no dialer: AMI not connected or not configured);"
                    + " the case tells the agents to call them", o.getCaseId());
        }
        return stuck.size();
    }

    /** The call-out of a case and its responders in calling order, for the case page. */
    @Transactional(readOnly = true)
    public Optional<CallOutProgress> ofCase(long caseId) {
        return callOuts.findByCaseId(caseId).map(o -> new CallOutProgress(o, calls.findByCallOutIdOrderByPositionAsc(o.getId())));
    }

    private static String who(ResponderCall c) {
        return who(c.getFullName(), c.getRelation());
    }

    private static String who(String name, String relation) {
        return CaseTexts.text("responder.who", name, relation);
    }

    private static String masked(ResponderCall c) {
        return PersonalNumbers.phoneAnswer(c.getPhone());
    }

    /** On the case's timeline, and a nudge to the console (the queue and open pages refresh). */
    private void note(Long caseId, String kind, String text) {
        cases.record(caseId, kind, ACTOR, text);
        CareCase k = cases.get(caseId);
        events.publishEvent(new CaseChanged(k.caseId(), k.getStatus(), k.getAssigneeId()));
    }

    private CallOut lock(long id) {
        return callOuts.lockById(id).orElseThrow(() -> new NoSuchElementException("No call-out " + id));
    }

    private ResponderCall call(long id) {
        return calls.findById(id).orElseThrow(() -> new NoSuchElementException("No responder call " + id));
    }
}
