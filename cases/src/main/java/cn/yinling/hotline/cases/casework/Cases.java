package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.TextTooLongException;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and working cases. Due times come from {@code hotline.cases.sla} (by case type, and
 * COMPLAINT_SERIOUS for serious complaints), so each service centre sets its own. A caller's words
 * that open a case (a complaint, an emergency, the reason for a hand-over) are kept with ID and
 * mobile numbers masked, as in the transcript.
 */
@Service
public class Cases {

    /** Matches care_case.complaint_remedy (V7). */
    public static final int MAX_REMEDY = 1000;
    /** Matches case_event.note (V1): a note, an investigation step, what opened a case. */
    public static final int MAX_NOTE = 2000;

    /** The source of the dialer-down case, in place of an unidentified caller's (see {@link #openDialerDown}). */
    private static final String DIALER = "system:outbound-dialer";

    /** Timeline kind of the first line of a case an agent opened by hand ({@link #openByHand}). */
    public static final String OPENED_BY_AGENT = "OPENED_BY_AGENT";

    /** Timeline kind of a caller's recorded message; its note is the file and the length. */
    public static final String VOICE_MESSAGE = "VOICE_MESSAGE";

    private final CareCaseRepository cases;
    private final CaseEventRepository timeline;
    private final ApplicationEventPublisher events;
    private final CasesProperties properties;
    private final Clock clock;

    Cases(CareCaseRepository cases, CaseEventRepository timeline, ApplicationEventPublisher events,
            CasesProperties properties, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public CareCase openComplaint(ComplaintRequest r) {
        boolean serious = r.severity() == Severity.SERIOUS;
        String byType = CaseTexts.text("subject.complaint", CaseTexts.text("complaintType." + r.type().name()));
        String description = PersonalNumbers.inText(r.description());
        CareCase c = new CareCase(idOf(r.elderId()), CaseType.COMPLAINT, serious ? Priority.URGENT : Priority.NORMAL,
                subject(description, byType), r.channel(), clock.instant(), due(serious ? "COMPLAINT_SERIOUS" : "COMPLAINT"));
        c.complaintDetails(r.type(), r.severity(), r.bookingId(), r.workerId());
        return open(c, r.actor(), description);
    }

    /**
     * Opens an emergency at top priority. A second report for the same elder while one is open
     * adds to that case instead of opening another, so the queue shows one emergency per elder.
     */
    @Transactional
    public CareCase openEmergency(ElderId elderId, String summary, Channel channel, String actor) {
        return openEmergency(elderId, summary, channel, actor, null);
    }

    /**
     * As {@link #openEmergency(ElderId, String, Channel, String)}; an unidentified caller's reports
     * from one {@code source} (a web address, a calling number, an openid) join its open emergency,
     * so a script cannot fill the queue with emergencies while a real one still opens a case at once.
     */
    @Transactional
    public CareCase openEmergency(ElderId elderId, String said, Channel channel, String actor, String source) {
        String summary = PersonalNumbers.inText(said);
        Optional<CareCase> open = elderId != null
                ? cases.findByElderIdOrderByCreatedAtDesc(elderId.value()).stream()
                        .filter(c -> c.getType() == CaseType.EMERGENCY && c.getStatus().isOpen()).findFirst()
                : openFrom(source, CaseType.EMERGENCY);
        if (open.isPresent()) {
            event(open.get(), "REPORTED_AGAIN", actor, summary);
            return open.get();
        }
        String subject = subject(summary, CaseTexts.text("subject.emergency"));
        CareCase c = new CareCase(idOf(elderId), CaseType.EMERGENCY, Priority.EMERGENCY, subject, channel, clock.instant(),
                due("EMERGENCY"));
        return open(elderId == null ? from(c, source) : c, actor, summary);
    }

    @Transactional
    public CareCase openHandoff(ElderId elderId, String reason, Priority priority, Channel channel, String actor) {
        return openHandoff(elderId, reason, priority, channel, actor, null);
    }

    /**
     * As {@link #openHandoff(ElderId, String, Priority, Channel, String)}; an unidentified caller's
     * hand-overs from one {@code source} join its open hand-over case (repeats are on its timeline).
     */
    @Transactional
    public CareCase openHandoff(ElderId elderId, String why, Priority priority, Channel channel, String actor,
            String source) {
        String reason = PersonalNumbers.inText(why);
        Optional<CareCase> open = elderId == null ? openFrom(source, CaseType.HANDOFF) : Optional.empty();
        if (open.isPresent()) {
            event(open.get(), "REPORTED_AGAIN", actor, reason);
            return open.get();
        }
        String subject = subject(reason, CaseTexts.text("subject.handoff"));
        CareCase c = new CareCase(idOf(elderId), CaseType.HANDOFF, priority, subject, channel, clock.instant(), due("HANDOFF"));
        return open(elderId == null ? from(c, source) : c, actor, reason);
    }

    private Optional<CareCase> openFrom(String source, CaseType type) {
        return source == null ? Optional.empty() : cases.findByAnonymousSourceAndType(sourceKey(source), type);
    }

    private static CareCase from(CareCase c, String source) {
        if (source != null) {
            c.cameFrom(sourceKey(source));
        }
        return c;
    }

    /** Fits care_case.anonymous_source; sources are short (an address, a number, an openid). */
    private static String sourceKey(String source) {
        return source.length() > 100 ? source.substring(0, 100) : source;
    }

    @Transactional
    public CareCase openCheckinAlert(ElderId elderId, String note) {
        String subject = subject(note, CaseTexts.text("subject.checkinAlert"));
        return open(new CareCase(elderId.value(), CaseType.CHECKIN_ALERT, Priority.URGENT, subject, Channel.VOICE, clock.instant(),
                due("CHECKIN_ALERT")), "checkin", note);
    }

    /**
     * Tells the agents that the outbound dialer cannot place calls. One case while it is open, from
     * every node: a second report joins it (its source is unique while the case is open, V12), so a
     * long outage is one alert, never one per elder or per node. Due as soon as a check-in alert.
     */
    @Transactional
    public CareCase openDialerDown(String note, String actor) {
        Optional<CareCase> open = openFrom(DIALER, CaseType.DIALER_DOWN);
        if (open.isPresent()) {
            event(open.get(), "REPORTED_AGAIN", actor, note);
            return open.get();
        }
        CareCase c = new CareCase(null, CaseType.DIALER_DOWN, Priority.URGENT, CaseTexts.text("subject.dialerDown"),
                Channel.VOICE, clock.instant(), clock.instant().plus(properties.slaFor("DIALER_DOWN", sla("CHECKIN_ALERT"))));
        return open(from(c, DIALER), actor, note);
    }

    @Transactional
    public CareCase openFollowUp(ElderId elderId, Long bookingId, Instant dueAt, String note, String actor) {
        String subject = subject(note, CaseTexts.text("subject.followUp"));
        CareCase c = new CareCase(elderId.value(), CaseType.FOLLOW_UP, Priority.NORMAL, subject, Channel.CONSOLE, clock.instant(),
                dueAt);
        c.complaintDetails(null, null, bookingId, null);
        return open(c, actor, note);
    }

    /**
     * A case an agent opens by hand (a call on a direct line, a call they made, a visitor): held by
     * that agent from the start, due as its type is, first on its timeline as {@code OPENED_BY_AGENT}
     * with the agent's first note. An unregistered caller's number is kept normalised (an
     * {@link cn.yinling.hotline.cases.elder.InvalidPhoneNumberException} when it is none). The
     * same rules as for every case: one open emergency per elder (a second is refused, naming the
     * first), numbers in the words masked, the responders and family told of an emergency.
     */
    @Transactional
    public CareCase openByHand(ManualCase m) {
        if (m.type() == CaseType.EMERGENCY && m.elderId() != null) {
            cases.findByElderIdOrderByCreatedAtDesc(m.elderId().value()).stream()
                    .filter(c -> c.getType() == CaseType.EMERGENCY && c.getStatus().isOpen()).findFirst()
                    .ifPresent(open -> {
                        throw new EmergencyAlreadyOpenException(open.getId());
                    });
        }
        String phone = m.elderId() != null ? null
                : PhoneNumber.parse(m.callerPhone(), properties.defaultAreaCode()).digits();
        String note = PersonalNumbers.inText(m.note().strip());
        boolean serious = m.type() == CaseType.COMPLAINT && m.severity() == Severity.SERIOUS;
        Priority priority = switch (m.type()) {
            case EMERGENCY -> Priority.EMERGENCY;
            case COMPLAINT -> serious ? Priority.URGENT : Priority.NORMAL;
            default -> Priority.NORMAL;
        };
        Instant due = clock.instant().plus(switch (m.type()) {
            case EMERGENCY -> sla("EMERGENCY");
            case COMPLAINT -> sla(serious ? "COMPLAINT_SERIOUS" : "COMPLAINT");
            default -> properties.slaFor("ENQUIRY", sla("HANDOFF"));
        });
        CareCase c = new CareCase(idOf(m.elderId()), m.type(), priority,
                subject(note, CaseTexts.text("subject.byHand")), m.way().channel(), clock.instant(), due);
        if (m.type() == CaseType.COMPLAINT) {
            c.complaintDetails(m.complaintType() == null ? ComplaintType.OTHER : m.complaintType(),
                    m.severity() == null ? Severity.NORMAL : m.severity(), null, null);
        }
        c.openedByHand(m.way(), phone, m.agentId());
        cases.saveAndFlush(c);
        event(c, OPENED_BY_AGENT, m.actor(), note);
        events.publishEvent(new CaseOpened(c.caseId(), m.elderId(), c.getType(), c.priority()));
        return c;
    }

    /** Atomic: of two agents claiming at once exactly one succeeds; the other learns who holds it. */
    @Transactional
    public ClaimResult claim(Long caseId, Long agentId, String actor) {
        if (cases.claimIfFree(caseId, agentId) == 1) {
            CareCase c = get(caseId);
            event(c, "CLAIMED", actor, null);
            events.publishEvent(new CaseChanged(c.caseId(), c.getStatus(), agentId));
            return new ClaimResult(true, agentId);
        }
        CareCase c = get(caseId);
        return new ClaimResult(agentId.equals(c.getAssigneeId()), c.getAssigneeId());
    }

    @Transactional
    public CareCase reassign(Long caseId, Long toAgentId, String actor) {
        CareCase c = get(caseId);
        requireOpen(c);
        c.assignTo(toAgentId);
        event(c, "REASSIGNED", actor, "→ " + toAgentId);
        events.publishEvent(new CaseChanged(c.caseId(), c.getStatus(), toAgentId));
        return c;
    }

    @Transactional
    public CareCase escalate(Long caseId, Priority to, String actor, String why) {
        CareCase c = get(caseId);
        requireOpen(c);
        c.escalate(to, clock.instant().plus(sla(to == Priority.EMERGENCY ? "EMERGENCY" : "HANDOFF")));
        event(c, "ESCALATED", actor, PersonalNumbers.inText(why));
        events.publishEvent(new CaseChanged(c.caseId(), c.getStatus(), c.getAssigneeId()));
        return c;
    }

    @Transactional
    public void addNote(Long caseId, String actor, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A note needs text");
        }
        event(get(caseId), "NOTE", actor, note);
    }

    /** One step of a complaint's investigation (who was asked, what was found), kept on the timeline in order. */
    @Transactional
    public void recordInvestigation(Long caseId, String actor, String finding) {
        if (finding == null || finding.isBlank()) {
            throw new IllegalArgumentException("An investigation step needs text");
        }
        CareCase c = openComplaint(caseId);
        event(c, "INVESTIGATION", actor, finding.strip());
    }

    /**
     * The complaint's finding and the remedy owed to the elder; an upheld or partly upheld complaint
     * needs a remedy. Recording again replaces the finding (a supervisor's review), and both stay on
     * the timeline as events named for the finding ({@link ComplaintOutcome#eventKind()}).
     */
    @Transactional
    public CareCase recordOutcome(Long caseId, ComplaintOutcome outcome, String remedy, String actor) {
        if (outcome == null) {
            throw new IllegalArgumentException("An outcome is needed");
        }
        String text = remedy == null || remedy.isBlank() ? null : remedy.strip();
        if (outcome.needsRemedy() && text == null) {
            throw new IllegalArgumentException("An upheld complaint needs a remedy");
        }
        TextTooLongException.check("remedy", text, MAX_REMEDY);
        CareCase c = openComplaint(caseId);
        c.recordOutcome(outcome, text, clock.instant());
        event(c, outcome.eventKind(), actor, text);
        return c;
    }

    /**
     * Adds a line of {@code kind} to a case's timeline for something that happened elsewhere (the
     * agents' queue: a call answered or abandoned), where a note typed by an agent does not fit.
     */
    @Transactional
    public void record(Long caseId, String kind, String actor, String note) {
        event(get(caseId), kind, actor, note);
    }

    /**
     * Files a voice message the caller left with the case (timeline kind {@code VOICE_MESSAGE}).
     * It is kept even once the case is closed: a message recorded is evidence, whatever its state.
     */
    @Transactional
    public void attachVoiceMessage(Long caseId, VoiceMessage message, String actor) {
        event(get(caseId), VOICE_MESSAGE, actor, message.timelineNote());
    }

    @Transactional
    public CareCase resolve(Long caseId, String actor, String outcome) {
        CareCase c = get(caseId);
        requireOpen(c);
        c.resolve();
        event(c, "RESOLVED", actor, outcome);
        events.publishEvent(new CaseChanged(c.caseId(), c.getStatus(), c.getAssigneeId()));
        return c;
    }

    @Transactional
    public CareCase close(Long caseId, String wrapUpCode, String actor) {
        if (wrapUpCode == null || wrapUpCode.isBlank()) {
            throw new IllegalArgumentException("Closing a case needs a wrap-up code");
        }
        CareCase c = get(caseId);
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new IllegalStateException("Case " + caseId + " is already closed");
        }
        if (c.getType() == CaseType.COMPLAINT && c.getComplaintOutcome() == null) {
            throw new ComplaintOutcomeMissingException(caseId);
        }
        c.close(wrapUpCode, clock.instant());
        event(c, "CLOSED", actor, wrapUpCode);
        events.publishEvent(new CaseChanged(c.caseId(), c.getStatus(), c.getAssigneeId()));
        return c;
    }

    /** Open cases, highest priority first, then longest waiting. */
    @Transactional(readOnly = true)
    public List<CareCase> queue() {
        return cases.findByStatusInOrderByPriorityAscCreatedAtAsc(EnumSet.of(CaseStatus.OPEN, CaseStatus.CLAIMED));
    }

    /**
     * Open cases nobody has claimed at emergency priority, oldest first: every emergency (opened at
     * that priority) and any case raised to it; what the console's emergency banner shows.
     */
    @Transactional(readOnly = true)
    public List<CareCase> unclaimedEmergencies() {
        return cases.findByStatusAndAssigneeIdIsNullAndPriorityOrderByCreatedAtAsc(CaseStatus.OPEN, Priority.EMERGENCY.level());
    }

    @Transactional(readOnly = true)
    public List<CareCase> ofElder(ElderId elderId) {
        return cases.findByElderIdOrderByCreatedAtDesc(elderId.value());
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(Long caseId) {
        return timeline.findByCaseIdOrderByAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public CareCase get(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NoSuchElementException("No case " + caseId));
    }

    private CareCase openComplaint(Long caseId) {
        CareCase c = get(caseId);
        if (c.getType() != CaseType.COMPLAINT) {
            throw new IllegalStateException("Case " + caseId + " is not a complaint");
        }
        requireOpen(c);
        return c;
    }

    private CareCase open(CareCase c, String actor, String note) {
        cases.saveAndFlush(c);
        event(c, "OPENED", actor, note);
        events.publishEvent(new CaseOpened(c.caseId(), c.getElderId() == null ? null : new ElderId(c.getElderId()),
                c.getType(), c.priority()));
        return c;
    }

    private void event(CareCase c, String kind, String actor, String note) {
        TextTooLongException.check("note", note, MAX_NOTE);
        timeline.save(new CaseEvent(c.getId(), clock.instant(), kind, actor, note));
    }

    private Instant due(String key) {
        return clock.instant().plus(sla(key));
    }

    private Duration sla(String key) {
        Duration d = properties.slaFor(key, null);
        if (d == null) {
            throw new IllegalStateException("hotline.cases.sla." + key + " is not configured");
        }
        return d;
    }

    private static void requireOpen(CareCase c) {
        if (!c.getStatus().isOpen()) {
            throw new IllegalStateException("Case " + c.getId() + " is " + c.getStatus());
        }
    }

    private static Long idOf(ElderId elderId) {
        return elderId == null ? null : elderId.value();
    }

    private static String subject(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String s = text.strip();
        return s.length() <= 300 ? s : s.substring(0, 297) + "…";
    }
}
