package cn.yinling.hotline.cases.callback;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callbacks instead of waiting in the agents' queue. A request keeps the caller's place in the line
 * ({@code place_at}); a node dials it once nobody who was in line before it is still waiting and an
 * agent can take it ({@link #claimAtFront}); an unanswered call is tried again a bounded number of
 * times, then left to the agents. Everything is in {@code callback_request}, so a restart loses
 * nothing and several nodes share the work, each callback dialled by one. Every move is written on
 * the case's timeline and refreshes the console's queue.
 */
@Service
public class Callbacks {

    static final String ACTOR = "callback";
    static final String TIMELINE = "CALLBACK";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");
    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

    private final CallbackRepository callbacks;
    private final Cases cases;
    private final Elders elders;
    private final ApplicationEventPublisher events;
    private final CallbackProperties properties;
    private final CasesProperties casesProperties;
    private final Clock clock;

    Callbacks(CallbackRepository callbacks, Cases cases, Elders elders, ApplicationEventPublisher events,
            CallbackProperties properties, CasesProperties casesProperties, Clock clock) {
        this.callbacks = callbacks;
        this.cases = cases;
        this.elders = elders;
        this.events = events;
        this.properties = properties;
        this.casesProperties = casesProperties;
        this.clock = clock;
    }

    /** Whether the hotline can call {@code number} back: a plain number as the trunk delivered it. */
    public static boolean isDiallable(String number) {
        return number != null && PHONE.matcher(number).matches();
    }

    /**
     * The caller of case {@code caseId} asks to be called back on {@code phone}: as soon as an agent
     * is free ({@code at} null, keeping their place from now), or at {@code at}. A case with a callback
     * still pending keeps that one.
     */
    @Transactional
    public CallbackId request(CaseId caseId, ElderId elderId, String phone, Priority priority, Instant at) {
        if (!isDiallable(phone)) {
            throw new IllegalArgumentException("Cannot call back " + phone);
        }
        List<Callback> pending = callbacks.findByCaseIdAndStateIn(caseId.value(), EnumSet.of(CallbackState.REQUESTED,
                CallbackState.DIALING));
        if (!pending.isEmpty()) {
            return pending.get(0).callbackId();
        }
        Instant now = clock.instant();
        Callback c = callbacks.saveAndFlush(new Callback(caseId.value(), elderId == null ? null : elderId.value(),
                phone, priority.level(), now, at == null ? now : at, at != null));
        note(c, at == null ? CaseTexts.text("callback.requested") : CaseTexts.text("callback.requestedAt", local(at)));
        return c.callbackId();
    }

    /** Callbacks waiting for their turn now (or being dialled): they are ahead of anyone joining the line. */
    @Transactional(readOnly = true)
    public int waiting() {
        return (int) (callbacks.countByStateAndDueAtLessThanEqual(CallbackState.REQUESTED, clock.instant())
                + callbacks.countByState(CallbackState.DIALING));
    }

    /**
     * Claims for {@code node} the due callbacks that have reached the front of the line: at most as
     * many callers (waiting in {@code front}, or callbacks being dialled) ahead of each as there is
     * room ({@link QueueFront#room()}). A callback whose case was closed meanwhile is cancelled.
     */
    @Transactional
    public List<DueCallback> claimAtFront(QueueFront front, String node) {
        Instant now = clock.instant();
        List<Callback> due = callbacks.lockDue(now);
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> placesInQueue = new HashMap<>();
        List<String> uniqueids = front.waiting().stream().map(QueueFront.Waiting::uniqueid).toList();
        if (!uniqueids.isEmpty()) {
            callbacks.findByStateAndChannelUniqueidIn(CallbackState.ANSWERED, uniqueids)
                    .forEach(c -> placesInQueue.put(c.getChannelUniqueid(), c.getPlaceAt()));
        }
        long dialing = callbacks.countByState(CallbackState.DIALING);
        List<DueCallback> claimed = new ArrayList<>();
        for (Callback c : due) {
            if (!cases.get(c.getCaseId()).getStatus().isOpen()) {
                c.cancel(ACTOR, now);
                note(c, CaseTexts.text("callback.caseClosed"));
                continue;
            }
            int ahead = front.waitingBefore(c.getPlaceAt(), placesInQueue) + (int) dialing + claimed.size();
            if (ahead >= front.room()) {
                continue;
            }
            c.claim(node, now);
            log.info("Callback {} (case {}) at the front: {} ahead, {} free agents; calling, try {}", c.getId(),
                    c.getCaseId(), ahead, front.freeAgents(), c.getAttempts());
            claimed.add(new DueCallback(c.callbackId(), c.getCaseId(), c.getPhone(), c.getAttempts()));
            note(c, CaseTexts.text("callback.dialing", c.getAttempts()));
        }
        return claimed;
    }

    /** The PBX could not be asked to place the call (AMI down): the callback waits, no try used up. */
    @Transactional
    public void notPlaced(CallbackId id) {
        Callback c = lock(id);
        if (c.getState() == CallbackState.DIALING) {
            c.notPlaced();
        }
    }

    /**
     * Nobody answered ({@code outcome}: {@code NO_ANSWER}, {@code BUSY}, {@code FAILED} or
     * {@code TIMED_OUT}, as the dialer reports it). The callback is tried again after
     * {@code retry-interval}, keeping its place, until {@code 1 + retries} calls have rung; then the
     * agents are told on the case, which stays open for them.
     */
    @Transactional
    public void unanswered(CallbackId id, String outcome) {
        Callback c = lock(id);
        if (c.getState() != CallbackState.DIALING) {
            return; // the script already took it, or another node released it
        }
        Instant now = clock.instant();
        if (c.getAttempts() >= properties.maxCalls()) {
            c.unreached(now);
            note(c, CaseTexts.text("callback.unreached", c.getAttempts()));
        } else {
            Instant retryAt = now.plus(properties.retryInterval());
            c.tryAgainAt(retryAt);
            note(c, CaseTexts.text("callback.unanswered", CaseTexts.text("callback.outcome." + outcome), local(retryAt)));
        }
    }

    /**
     * The PBX reports the elder picked up the callback {@code id} (OriginateResponse, Reason 4). Marked
     * at once, so a callback whose script never ran (FastAGI unreachable: the dialplan queues the elder
     * all the same) is not taken for unanswered and dialled a second time.
     */
    @Transactional
    public void pickedUp(CallbackId id) {
        Callback c = lock(id);
        if (c.getState() == CallbackState.DIALING) {
            c.answered(null);
            note(c, CaseTexts.text("callback.answered"));
        }
    }

    /**
     * The {@code callback} script runs for callback {@code id} on channel {@code uniqueid} and hands
     * the call to the agents' queue. Empty when the callback is not being dialled or was already
     * taken by a script (answered twice, cancelled, unknown).
     */
    @Transactional
    public Optional<CallbackCall> answered(CallbackId id, String uniqueid) {
        Callback c = lock(id);
        if (c.getState() == CallbackState.DIALING) {
            c.answered(uniqueid);
            note(c, CaseTexts.text("callback.answered"));
        } else if (c.getState() == CallbackState.ANSWERED && c.getChannelUniqueid() == null) {
            c.onChannel(uniqueid);
        } else {
            log.warn("Callback {} answered while {} on {}; not handing it over again", id, c.getState(),
                    c.getChannelUniqueid());
            return Optional.empty();
        }
        Elder elder = c.getElderId() == null ? null : elders.get(new ElderId(c.getElderId()));
        return Optional.of(new CallbackCall(id, new CaseId(c.getCaseId()),
                elder == null ? null : elder.elderId(), Priority.ofLevel(c.getPriority()), c.getPhone(),
                elder == null ? null : elder.surname(), elder == null ? null : elder.getSex()));
    }

    /** An agent picked up the called-back elder's queued call on channel {@code uniqueid}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void connected(String uniqueid) {
        callbacks.lockByChannel(uniqueid).filter(c -> c.getState() == CallbackState.ANSWERED)
                .ifPresent(c -> c.connected(clock.instant()));
    }

    /**
     * An agent cancels a callback still waiting for its turn.
     *
     * @return false when it is no longer waiting (being dialled, or ended)
     */
    @Transactional
    public boolean cancel(CallbackId id, String actor) {
        Callback c = lock(id);
        if (c.getState() != CallbackState.REQUESTED) {
            return false;
        }
        c.cancel(actor, clock.instant());
        note(c, CaseTexts.text("callback.cancelled", actor));
        return true;
    }

    /** The case was resolved or closed: a callback still waiting for its turn is no longer needed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void caseEnded(Long caseId) {
        for (Callback c : callbacks.findByCaseIdAndStateIn(caseId, EnumSet.of(CallbackState.REQUESTED))) {
            c.cancel(ACTOR, clock.instant());
            note(c, CaseTexts.text("callback.caseClosed"));
        }
    }

    /**
     * Callbacks still ringing after {@code call-timeout} were left by a node that stopped mid-call;
     * they count as unanswered, so the next try still happens.
     */
    @Transactional
    public int releaseStale() {
        List<Callback> stale = callbacks.findByStateAndClaimedAtBefore(CallbackState.DIALING,
                clock.instant().minus(properties.callTimeout()));
        stale.forEach(c -> unanswered(c.callbackId(), "TIMED_OUT"));
        return stale.size();
    }

    /** The callbacks the console lists: waiting, ringing, or answered and waiting for an agent; in line order. */
    @Transactional(readOnly = true)
    public List<Callback> open() {
        return callbacks.findByStateInOrderByPlaceAtAsc(EnumSet.of(CallbackState.REQUESTED, CallbackState.DIALING,
                CallbackState.ANSWERED));
    }

    /** The newest callback of each of {@code caseIds} that has one. */
    @Transactional(readOnly = true)
    public Map<Long, Callback> latestOf(Collection<Long> caseIds) {
        Map<Long, Callback> latest = new HashMap<>();
        if (!caseIds.isEmpty()) {
            callbacks.findByCaseIdInOrderByIdDesc(caseIds).forEach(c -> latest.putIfAbsent(c.getCaseId(), c));
        }
        return latest;
    }

    @Transactional(readOnly = true)
    public Optional<Callback> find(CallbackId id) {
        return callbacks.findById(id.value());
    }

    /** Local time in the centre's zone, as agents and callers read it. */
    public String local(Instant at) {
        return new ShortDateTime(clock, casesProperties.zone()).format(at);
    }

    private Callback lock(CallbackId id) {
        return callbacks.lockById(id.value()).orElseThrow(() -> new NoSuchElementException("No callback " + id));
    }

    /** On the case's timeline, and a nudge to the console's queue (the case's row shows the callback). */
    private void note(Callback c, String text) {
        cases.record(c.getCaseId(), TIMELINE, ACTOR, text);
        CareCase k = cases.get(c.getCaseId());
        events.publishEvent(new CaseChanged(k.caseId(), k.getStatus(), k.getAssigneeId()));
    }
}
