package cn.yinling.hotline.cases.checkin;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily check-in calls (爱心敲门) to elders living alone: planning the day, claiming due calls for
 * one node, and recording what each call found out. All state is in {@code checkin_attempt}, so a
 * restart loses nothing and several nodes share the work, each attempt claimed by exactly one.
 */
@Service
public class Checkins {

    static final String ACTOR = "checkin";

    private final CheckinAttemptRepository attempts;
    private final ElderRepository elderRows;
    private final Elders elders;
    private final Cases cases;
    private final CheckinProperties properties;
    private final CasesProperties casesProperties;
    private final Clock clock;

    Checkins(CheckinAttemptRepository attempts, ElderRepository elderRows, Elders elders, Cases cases,
            CheckinProperties properties, CasesProperties casesProperties, Clock clock) {
        this.attempts = attempts;
        this.elderRows = elderRows;
        this.elders = elders;
        this.cases = cases;
        this.properties = properties;
        this.casesProperties = casesProperties;
        this.clock = clock;
    }

    /** Today in the service centre's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), casesProperties.zone());
    }

    /**
     * Plans the first call of {@code day} for every elder living alone who has a check-in time.
     * Idempotent: elders already planned for the day are left alone.
     *
     * @return how many attempts were added
     */
    @Transactional
    public int planDay(LocalDate day) {
        Set<Long> planned = new HashSet<>(attempts.plannedElderIds(day));
        List<CheckinAttempt> added = new ArrayList<>();
        for (Elder e : elderRows.findByLivingSituation(LivingSituation.ALONE)) {
            if (e.getCheckinTime() != null && !planned.contains(e.getId())) {
                Instant due = day.atTime(e.getCheckinTime()).atZone(casesProperties.zone()).toInstant();
                added.add(new CheckinAttempt(e.getId(), day, 1, due));
            }
        }
        attempts.saveAll(added);
        return added.size();
    }

    /** Claims as many due attempts as pacing allows right now (calls per minute, calls at once). */
    @Transactional
    public List<DueCheckin> claimDue(String node) {
        Instant now = clock.instant();
        long atOnce = properties.maxConcurrentCalls() - attempts.countByState(CheckinState.CALLING);
        long thisMinute = properties.callsPerMinute() - attempts.countByClaimedAtBetween(now.minus(Duration.ofMinutes(1)), now);
        return claimDue(node, (int) Math.max(0, Math.min(atOnce, thisMinute)));
    }

    /**
     * Claims up to {@code limit} due attempts for {@code node}: they become CALLING and the node
     * must call them. Nodes claiming at once never get the same attempt.
     */
    @Transactional
    public List<DueCheckin> claimDue(String node, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> ids = attempts.lockDue(now, limit);
        if (ids.isEmpty() || attempts.claim(ids, node, now) == 0) {
            return List.of();
        }
        List<DueCheckin> due = new ArrayList<>();
        for (CheckinAttempt a : attempts.findAllById(ids)) {
            if (a.getState() == CheckinState.CALLING && node.equals(a.getClaimedBy())) {
                ElderId elder = new ElderId(a.getElderId());
                due.add(new DueCheckin(a.checkinId(), elder, a.getAttempt(), phoneOf(elder)));
            }
        }
        return due;
    }

    /** Who to greet on the call for {@code id}. */
    @Transactional(readOnly = true)
    public CheckinCall callFor(CheckinId id) {
        CheckinAttempt a = get(id);
        Elder e = elders.get(new ElderId(a.getElderId()));
        return new CheckinCall(id, e.elderId(), e.surname(), e.getSex(),
                a.getDueAt().atZone(casesProperties.zone()).toLocalTime(), a.getState() == CheckinState.CALLING);
    }

    /**
     * Records what the call for {@code id} found out. Fine ends the day's check-in; needs help opens
     * an urgent case for an agent; no answer schedules the next attempt, or after the last one opens
     * a check-in alert. A second result for the same attempt changes nothing.
     */
    @Transactional
    public CheckinResult record(CheckinId id, CheckinAnswer answer) {
        CheckinAttempt a = attempts.lockById(id.value()).orElseThrow(() -> notFound(id));
        if (a.getState() != CheckinState.CALLING) {
            return new CheckinResult(a.getState(), a.getCaseId() == null ? null : new CaseId(a.getCaseId()), null, false);
        }
        Instant now = clock.instant();
        ElderId elder = new ElderId(a.getElderId());
        return switch (answer) {
            case FINE -> finish(a, CheckinState.FINE, null, null);
            case NEEDS_HELP -> finish(a, CheckinState.NEEDS_HELP,
                    cases.openHandoff(elder, CaseTexts.text("checkin.needsHelp"), Priority.URGENT, Channel.VOICE, ACTOR), null);
            case NO_ANSWER -> {
                if (a.getAttempt() <= properties.retries()) {
                    Instant retryAt = now.plus(properties.retryInterval());
                    attempts.save(new CheckinAttempt(a.getElderId(), a.getDay(), a.getAttempt() + 1, retryAt));
                    yield finish(a, CheckinState.NO_ANSWER, null, retryAt);
                }
                yield finish(a, CheckinState.ALERTED, cases.openCheckinAlert(elder,
                        CaseTexts.text("checkin.noAnswer", a.getDay(), a.getAttempt())), null);
            }
        };
    }

    /**
     * Puts a claimed attempt whose call was never placed (the dialer was down, the Originate could
     * not be sent) back to waiting: nobody was called, so it is no attempt; the next round places it.
     */
    @Transactional
    public void release(CheckinId id) {
        CheckinAttempt a = attempts.lockById(id.value()).orElseThrow(() -> notFound(id));
        if (a.getState() == CheckinState.CALLING) {
            a.release();
        }
    }

    /** The attempts due now that no call has been placed for yet. */
    @Transactional(readOnly = true)
    public WaitingCheckins waiting() {
        Instant now = clock.instant();
        long count = attempts.countByStateAndDueAtLessThanEqual(CheckinState.PENDING, now);
        return count == 0 ? WaitingCheckins.NONE : new WaitingCheckins(count,
                attempts.findFirstByStateAndDueAtLessThanEqualOrderByDueAtAsc(CheckinState.PENDING, now)
                        .map(CheckinAttempt::getDueAt).orElse(now));
    }

    /**
     * Tells the agents, in one case for the whole outage (see {@link Cases#openDialerDown}), that the
     * dialer has not been able to place calls since {@code since} and {@code waiting} check-ins wait.
     */
    @Transactional
    public CaseId dialerDown(Instant since, long waiting) {
        return cases.openDialerDown(CaseTexts.text("checkin.dialerDown", local(since), waiting), ACTOR).caseId();
    }

    /** Notes on the dialer-down case that calls are placed again. */
    @Transactional
    public void dialerBack(CaseId alert, Instant since) {
        cases.addNote(alert.value(), ACTOR, CaseTexts.text("checkin.dialerBack", local(since)));
    }

    private String local(Instant at) {
        return new ShortDateTime(clock, casesProperties.zone()).format(at);
    }

    /**
     * Attempts still CALLING after {@code hotline.checkin.call-timeout} were left behind by a node
     * that stopped mid-call; they count as unanswered, so the retries and the alert still happen.
     *
     * @return how many were released
     */
    @Transactional
    public int releaseStale() {
        List<CheckinAttempt> stale = attempts.findByStateAndClaimedAtBefore(CheckinState.CALLING,
                clock.instant().minus(properties.callTimeout()));
        stale.forEach(a -> record(a.checkinId(), CheckinAnswer.NO_ANSWER));
        return stale.size();
    }

    @Transactional(readOnly = true)
    public List<CheckinAttempt> ofElder(ElderId elderId, LocalDate day) {
        return attempts.findByElderIdAndDayOrderByAttempt(elderId.value(), day);
    }

    private CheckinResult finish(CheckinAttempt a, CheckinState state, CareCase opened, Instant retryAt) {
        a.finish(state, clock.instant(), opened == null ? null : opened.getId());
        return new CheckinResult(state, opened == null ? null : opened.caseId(), retryAt, true);
    }

    private String phoneOf(ElderId elder) {
        List<PhoneNumber> phones = elders.phonesOf(elder);
        return phones.isEmpty() ? null : phones.get(0).digits();
    }

    private CheckinAttempt get(CheckinId id) {
        return attempts.findById(id.value()).orElseThrow(() -> notFound(id));
    }

    private static NoSuchElementException notFound(CheckinId id) {
        return new NoSuchElementException("No check-in attempt " + id);
    }
}
