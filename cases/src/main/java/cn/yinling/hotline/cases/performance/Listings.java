package cn.yinling.hotline.cases.performance;

import static cn.yinling.hotline.cases.performance.ListingRefusedException.Reason.NO_REASON;
import static cn.yinling.hotline.cases.performance.ListingRefusedException.Reason.REASON_TOO_LONG;
import static cn.yinling.hotline.cases.performance.ListingRefusedException.Reason.UNKNOWN;
import static cn.yinling.hotline.cases.performance.ListingRefusedException.Reason.WRONG_STATE;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.performance.AssessmentFigures.Tally;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The red and black lists: proposals from the rules for an assessed month, and a supervisor's
 * decisions on them. Proposing is idempotent (one entry per subject, list and month; none while the
 * subject already waits for a decision or stands black-listed) and serialised across nodes by the
 * month's row in {@code assessment_run}. Every decision records who, when and why on the listing and
 * in the audit trail, in the transaction that makes it.
 */
@Service
public class Listings {

    /** As long as the reason columns of {@code standing_listing}. */
    static final int MAX_REASON = 500;
    private static final Set<ListingState> OPEN = EnumSet.of(ListingState.PROPOSED, ListingState.APPROVED);

    private final ListingRepository listings;
    private final AssessmentFigures figures;
    private final AssessmentRules rules;
    private final ProviderRepository providers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Listings(ListingRepository listings, AssessmentFigures figures, AssessmentRules rules, ProviderRepository providers,
            AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.listings = listings;
        this.figures = figures;
        this.rules = rules;
        this.providers = providers;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Proposes the listings the rules call for in {@code month}, under the month's run lock. Returns
     * how many new proposals were made (0 when run again with nothing new).
     */
    @Transactional
    public int propose(YearMonth month, String actor) {
        lockRun(month, actor);
        int made = 0;
        Map<Integer, Tally> byWindow = new HashMap<>();
        for (SubjectKind kind : SubjectKind.values()) {
            Map<Long, Map<ListKind, List<String>>> matched = new HashMap<>();
            Map<Long, Map<ListKind, Set<String>>> keys = new HashMap<>();
            Map<Long, Map<ListKind, Figures>> shown = new HashMap<>();
            Map<Long, Map<ListKind, Integer>> window = new HashMap<>();
            for (ListingRule rule : rules.rules()) {
                if (!rule.appliesTo(kind)) {
                    continue;
                }
                Tally t = byWindow.computeIfAbsent(rule.months(), m -> figures.tally(month.minusMonths(m - 1L), month));
                Map<Long, Figures> subjects = kind == SubjectKind.WORKER ? t.byWorker() : t.byProvider();
                subjects.forEach((id, f) -> rule.explain(f).ifPresent(why -> {
                    matched.computeIfAbsent(id, x -> new HashMap<>()).computeIfAbsent(rule.list(), x -> new ArrayList<>()).add(why);
                    keys.computeIfAbsent(id, x -> new HashMap<>()).computeIfAbsent(rule.list(), x -> new TreeSet<>()).add(rule.key());
                    // The figures shown are those of the longest window among the rules that matched.
                    Integer before = window.computeIfAbsent(id, x -> new HashMap<>()).get(rule.list());
                    if (before == null || rule.months() > before) {
                        window.get(id).put(rule.list(), rule.months());
                        shown.computeIfAbsent(id, x -> new HashMap<>()).put(rule.list(), f);
                    }
                }));
            }
            for (Map.Entry<Long, Map<ListKind, List<String>>> e : matched.entrySet()) {
                long id = e.getKey();
                boolean black = e.getValue().containsKey(ListKind.BLACK);
                for (ListKind list : e.getValue().keySet()) {
                    if (list == ListKind.RED && black || !mayPropose(kind, id, list, month)) {
                        continue;
                    }
                    listings.save(new Listing(kind, id, list, month, month.minusMonths(window.get(id).get(list) - 1L),
                            String.join(",", keys.get(id).get(list)), String.join("；", e.getValue().get(list)),
                            shown.get(id).get(list), actor, clock.instant()));
                    made++;
                }
            }
        }
        jdbc.update("update assessment_run set finished_at = ?, proposed = proposed + ? where assessed_month = ?",
                clock.instant().atOffset(ZoneOffset.UTC), made, month.atDay(1));
        return made;
    }

    /**
     * Claims the month's run: true when this call made its row, false when a run (on any node) made it
     * before. Outside any transaction, so the row is there for everyone at once and a second claim
     * fails at once instead of waiting; the scheduled run proposes only after winning the claim.
     */
    public boolean claim(YearMonth month, String actor) {
        try {
            jdbc.update("insert into assessment_run (assessed_month, started_at, started_by, proposed) values (?, ?, ?, 0)",
                    month.atDay(1), clock.instant().atOffset(ZoneOffset.UTC), actor);
            return true;
        } catch (DataIntegrityViolationException claimedBefore) {
            return false;
        }
    }

    /** Whether the month's run has already finished (the scheduled run skips it then). */
    @Transactional(readOnly = true)
    public boolean ranFor(YearMonth month) {
        return !jdbc.queryForList("select 1 from assessment_run where assessed_month = ? and finished_at is not null",
                month.atDay(1)).isEmpty();
    }

    @Transactional
    public Listing approve(long id, String why, String actor) {
        return decide(id, ListingState.APPROVED, why, actor);
    }

    @Transactional
    public Listing reject(long id, String why, String actor) {
        return decide(id, ListingState.REJECTED, why, actor);
    }

    /** Ends an approved black listing: the worker (or the provider's workers) may take new work again. */
    @Transactional
    public Listing lift(long id, String why, String actor) {
        Listing l = locked(id);
        requireReason(why);
        if (!l.bars()) {
            throw new ListingRefusedException(WRONG_STATE, "listing " + id + " is not an approved black listing");
        }
        l.lift(why.strip(), actor, clock.instant());
        if (l.getSubjectKind() == SubjectKind.PROVIDER && !listings.existsBySubjectKindAndSubjectIdAndListKindAndStateIn(
                SubjectKind.PROVIDER, l.getSubjectId(), ListKind.BLACK, EnumSet.of(ListingState.APPROVED))) {
            providers.findById(l.getSubjectId()).ifPresent(p -> p.reinstate());
        }
        announce(l, "assessment.audit.lifted", why);
        return l;
    }

    @Transactional(readOnly = true)
    public Listing listing(long id) {
        return listings.findById(id).orElseThrow(() -> new ListingRefusedException(UNKNOWN, "no listing " + id));
    }

    /** What the review page lists: proposals waiting, listings in effect, then those decided, newest first. */
    @Transactional(readOnly = true)
    public List<Listing> review() {
        List<Listing> all = new ArrayList<>(listings.findByStateInOrderByProposedAtDescIdDesc(EnumSet.allOf(ListingState.class)));
        all.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return all;
    }

    @Transactional(readOnly = true)
    public List<Listing> of(SubjectKind kind, long subjectId) {
        return listings.findBySubjectKindAndSubjectIdOrderByIdDesc(kind, subjectId);
    }

    private Listing decide(long id, ListingState to, String why, String actor) {
        Listing l = locked(id);
        requireReason(why);
        if (l.getState() != ListingState.PROPOSED) {
            throw new ListingRefusedException(WRONG_STATE, "listing " + id + " is already " + l.getState());
        }
        l.decide(to, why.strip(), actor, clock.instant());
        if (l.bars() && l.getSubjectKind() == SubjectKind.PROVIDER) {
            providers.findById(l.getSubjectId()).ifPresent(p -> p.blacklist());
        }
        announce(l, to == ListingState.APPROVED ? "assessment.audit.approved" : "assessment.audit.rejected", why);
        return l;
    }

    private void announce(Listing l, String key, String why) {
        audit.record(actorOf(l), Action.UPDATE, null, CaseTexts.text(key, l.getId(),
                CaseTexts.text("assessment.subject." + l.getSubjectKind()), l.getSubjectId(),
                CaseTexts.text("assessment.list." + l.getListKind()), l.getAssessedMonth(), why.strip()));
        events.publishEvent(new StandingChanged(l.getId(), l.getSubjectKind(), l.getSubjectId(), l.getListKind(),
                l.getState()));
    }

    private static String actorOf(Listing l) {
        return l.getState() == ListingState.LIFTED ? l.getLiftedBy() : l.getDecidedBy();
    }

    private Listing locked(long id) {
        return listings.lockById(id).orElseThrow(() -> new ListingRefusedException(UNKNOWN, "no listing " + id));
    }

    private static void requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw new ListingRefusedException(NO_REASON, "a decision needs a reason");
        }
        if (why.strip().length() > MAX_REASON) {
            throw new ListingRefusedException(REASON_TOO_LONG, "a reason has at most " + MAX_REASON + " characters");
        }
    }

    private boolean mayPropose(SubjectKind kind, long id, ListKind list, YearMonth month) {
        if (listings.existsBySubjectKindAndSubjectIdAndListKindAndAssessedMonth(kind, id, list, month.atDay(1))) {
            return false;
        }
        // A subject waiting for a decision, or already black-listed, is not proposed again meanwhile.
        return !listings.existsBySubjectKindAndSubjectIdAndListKindAndStateIn(kind, id, list,
                list == ListKind.BLACK ? OPEN : EnumSet.of(ListingState.PROPOSED));
    }

    /**
     * Takes the month's run row (made here if no {@link #claim} made it), so two runs for one month, on
     * any nodes, go one after the other.
     */
    private void lockRun(YearMonth month, String actor) {
        List<Map<String, Object>> row = jdbc.queryForList(
                "select assessed_month from assessment_run where assessed_month = ? for update", month.atDay(1));
        if (row.isEmpty()) {
            jdbc.update("insert into assessment_run (assessed_month, started_at, started_by, proposed) values (?, ?, ?, 0)",
                    month.atDay(1), clock.instant().atOffset(ZoneOffset.UTC), actor);
        }
    }

    private static int rank(Listing l) {
        return switch (l.getState()) {
            case PROPOSED -> 0;
            case APPROVED -> l.getListKind() == ListKind.BLACK ? 1 : 2;
            default -> 3;
        };
    }
}
