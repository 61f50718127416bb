package cn.yinling.hotline.cases.entitlement;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.policy.BenefitPeriod;
import cn.yinling.hotline.cases.policy.Eligibility;
import cn.yinling.hotline.cases.policy.EnrolmentSource;
import cn.yinling.hotline.cases.policy.EligibilityRepository;
import cn.yinling.hotline.cases.policy.PolicyScope;
import cn.yinling.hotline.cases.policy.SubsidyCategory;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import cn.yinling.hotline.cases.settlement.MonthClosedException;
import cn.yinling.hotline.cases.settlement.SettlementMonths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subsidy ledger: grants per period, holds for bookings, consumption when a service is
 * recorded, releases, expiry at the end of a validity window and manual adjustments. Balances are
 * always derived from the entries; every change takes the account's row lock first, so concurrent
 * bookings can never take a balance below zero.
 */
@Service
public class Entitlements {

    private final SubsidyPolicyRepository policies;
    private final EligibilityRepository eligibilities;
    private final EntitlementAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final ElderRepository elders;
    private final SettlementMonths settlementMonths;
    private final Clock clock;

    Entitlements(SubsidyPolicyRepository policies, EligibilityRepository eligibilities,
            EntitlementAccountRepository accounts, LedgerEntryRepository entries, ElderRepository elders,
            SettlementMonths settlementMonths, Clock clock) {
        this.policies = policies;
        this.eligibilities = eligibilities;
        this.accounts = accounts;
        this.entries = entries;
        this.elders = elders;
        this.settlementMonths = settlementMonths;
        this.clock = clock;
    }

    /** Makes a policy apply to an elder from a day (to a day, inclusive, or open-ended). */
    @Transactional
    public Eligibility enrol(ElderId elderId, String policyCode, LocalDate from, LocalDate to) {
        Elder elder = elders.findById(elderId.value()).orElseThrow(() -> new NoSuchElementException("No elder " + elderId));
        SubsidyPolicy policy = policies.findByCode(policyCode)
                .orElseThrow(() -> new NoSuchElementException("No subsidy policy " + policyCode));
        accountOf(elder, policy);
        return eligibilities.save(new Eligibility(elder.getId(), policy.getId(), from, to));
    }

    /** An enrolment staff decided outside the rules (an approved application), with the reason shown on the record. */
    @Transactional
    public Eligibility enrol(ElderId elderId, String policyCode, LocalDate from, String reason, String actor) {
        Elder elder = elders.findById(elderId.value()).orElseThrow(() -> new NoSuchElementException("No elder " + elderId));
        SubsidyPolicy policy = policies.findByCode(policyCode)
                .orElseThrow(() -> new NoSuchElementException("No subsidy policy " + policyCode));
        return enrol(elder, policy, Eligibility.decided(elder.getId(), policy.getId(), from, EnrolmentSource.STAFF, reason,
                actor, clock.instant()));
    }

    /** Saves an enrolment the eligibility rules or staff decided, opening the account it draws on. */
    @Transactional
    public Eligibility enrol(Elder elder, SubsidyPolicy policy, Eligibility decided) {
        accountOf(elder, policy);
        return eligibilities.save(decided);
    }

    /** The subsidy that pays for this elder's service on the given day, if any. */
    @Transactional
    public Optional<Coverage> coverageFor(ElderId elderId, LocalDate day) {
        Elder elder = elders.findById(elderId.value()).orElseThrow();
        for (Eligibility e : eligibilities.findByElderIdOrderById(elder.getId())) {
            SubsidyPolicy policy = policies.findById(e.getPolicyId()).orElseThrow();
            if (e.coversDay(day) && policy.getCategory() != SubsidyCategory.PAID) {
                return Optional.of(new Coverage(accountOf(elder, policy).getId(), policy));
            }
        }
        return Optional.empty();
    }

    /** Takes the account's row lock for the rest of the transaction and posts any grant due by {@code day}. */
    @Transactional
    public Ledger lockAndOpen(Coverage coverage, LocalDate day) {
        EntitlementAccount account = accounts.lockById(coverage.accountId()).orElseThrow();
        BenefitPeriod window = coverage.policy().windowContaining(day);
        ensureGrants(account, coverage.policy(), window, max(day, today()));
        return ledger(account.getId(), window);
    }

    /**
     * Holds {@code amount} for a booking on {@code day}. With {@code partialAllowed} it holds what is
     * left when that is less (the elder pays the rest); otherwise it refuses. Returns what was held.
     */
    @Transactional
    public long hold(Coverage coverage, Long bookingId, LocalDate day, long amount, boolean partialAllowed, String actor) {
        return hold(coverage, lockAndOpen(coverage, day), bookingId, amount, partialAllowed, actor);
    }

    /**
     * As {@link #hold(Coverage, Long, LocalDate, long, boolean, String)}, for a caller that already
     * holds the account's lock through {@link #lockAndOpen} in this transaction (so the ledger it
     * read cannot have changed).
     */
    @Transactional
    public long hold(Coverage coverage, Ledger ledger, Long bookingId, long amount, boolean partialAllowed, String actor) {
        long available = Math.max(0, ledger.available());
        if (available < amount && !partialAllowed) {
            throw new InsufficientEntitlementException(available, amount, coverage.policy().getUnit());
        }
        long held = Math.min(available, amount);
        if (held > 0) {
            post(coverage.accountId(), LedgerKind.HOLD, -held, ledger.window(), bookingId, null, null, actor);
        }
        return held;
    }

    /** Gives back what a booking holds on {@code day}'s window (cancellation, no-show, reschedule). */
    @Transactional
    public long release(Coverage coverage, Long bookingId, LocalDate day, String reason, String actor) {
        Ledger ledger = lockAndOpen(coverage, day);
        long held = ledger.heldFor(bookingId);
        if (held > 0) {
            post(coverage.accountId(), LedgerKind.RELEASE, held, ledger.window(), bookingId, reason, null, actor);
            expireIfClosed(coverage.accountId(), ledger.window(), actor);
        }
        return held;
    }

    /**
     * Turns a booking's hold into consumption of {@code cost}. Returns the part not covered by the
     * entitlement (in the policy's unit), which is never refused: the elder pays it if the policy says so.
     */
    @Transactional
    public long consume(Coverage coverage, Long bookingId, LocalDate day, long cost, String actor) {
        Ledger ledger = lockAndOpen(coverage, day);
        long held = ledger.heldFor(bookingId);
        if (held > 0) {
            post(coverage.accountId(), LedgerKind.RELEASE, held, ledger.window(), bookingId, "service recorded", null, actor);
        }
        long covered = Math.min(cost, Math.max(0, ledger.available() + held));
        if (covered > 0) {
            post(coverage.accountId(), LedgerKind.CONSUME, -covered, ledger.window(), bookingId, null, null, actor);
        }
        expireIfClosed(coverage.accountId(), ledger.window(), actor);
        return cost - covered;
    }

    /**
     * A manual correction by staff; a reason is required and the balance may not go below zero. One
     * dated in a month closed for settlement is refused ({@link MonthClosedException}): date it in an
     * open month instead.
     */
    @Transactional
    public void adjust(ElderId elderId, String policyCode, LocalDate day, long amount, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An adjustment needs a reason");
        }
        settlementMonths.refuseIfClosed(day);
        Coverage coverage = coverageFor(elderId, day)
                .filter(c -> c.policy().getCode().equals(policyCode))
                .orElseThrow(() -> new NoSuchElementException("Elder " + elderId + " has no " + policyCode + " on " + day));
        Ledger ledger = lockAndOpen(coverage, day);
        if (ledger.available() + amount < 0) {
            throw new InsufficientEntitlementException(ledger.available(), -amount, coverage.policy().getUnit());
        }
        post(coverage.accountId(), LedgerKind.ADJUSTMENT, amount, ledger.window(), null, reason, null, actor);
    }

    /** The elder's balance under each policy that applies today, with what expires when. */
    @Transactional
    public List<Balance> balances(ElderId elderId) {
        LocalDate today = today();
        List<Balance> result = new ArrayList<>();
        Elder elder = elders.findById(elderId.value()).orElseThrow(() -> new NoSuchElementException("No elder " + elderId));
        for (Eligibility e : eligibilities.findByElderIdOrderById(elder.getId())) {
            SubsidyPolicy policy = policies.findById(e.getPolicyId()).orElseThrow();
            if (!e.coversDay(today) || policy.getCategory() == SubsidyCategory.PAID) {
                continue;
            }
            Ledger l = current(accountOf(elder, policy), policy, today);
            result.add(new Balance(policy.getCode(), policy.getName(), policy.getCategory(), policy.getUnit(),
                    l.window().start(), l.window().end(), l.granted(), l.held(), l.consumed(), l.expired(),
                    l.adjusted(), l.available(), policy.getScope() == PolicyScope.HOUSEHOLD));
        }
        return result;
    }

    /**
     * The period roll-over, run daily and at start-up: posts the grants due today and expires what
     * is left in windows that have ended. Idempotent, so it may run on several nodes or twice.
     */
    @Transactional
    public RollOverResult rollOver() {
        LocalDate today = today();
        int granted = 0;
        int expired = 0;
        for (EntitlementAccount a : accounts.findAll()) {
            EntitlementAccount account = accounts.lockById(a.getId()).orElseThrow();
            SubsidyPolicy policy = policies.findById(account.getPolicyId()).orElseThrow();
            granted += ensureGrants(account, policy, policy.windowContaining(today), today);
            for (LocalDate start : entries.windowsEndedBefore(account.getId(), today)) {
                BenefitPeriod window = policy.windowContaining(start);
                expired += expireIfClosed(account.getId(), window, "rollover") ? 1 : 0;
            }
        }
        return new RollOverResult(granted, expired);
    }

    public record RollOverResult(int grantsPosted, int windowsExpired) {
    }

    @Transactional(readOnly = true)
    public Ledger ledger(Long accountId, BenefitPeriod window) {
        return new Ledger(window, entries.findByAccountIdAndWindowStartOrderById(accountId, window.start()));
    }

    /**
     * The ledger of today's window for reading: without the account's lock when every grant due is
     * posted (the daily roll-over posts them, so nearly always), else locked with the grants posted.
     * A balance question then waits for no booking of the same account and writes nothing.
     */
    private Ledger current(EntitlementAccount account, SubsidyPolicy policy, LocalDate today) {
        BenefitPeriod window = policy.windowContaining(today);
        Ledger ledger = ledger(account.getId(), window);
        Set<String> posted = ledger.entries().stream().map(LedgerEntry::getDedupKey).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (posted.containsAll(dueGrants(account, policy, window, today).keySet())) {
            return ledger;
        }
        return lockAndOpen(new Coverage(account.getId(), policy), today);
    }

    private int ensureGrants(EntitlementAccount account, SubsidyPolicy policy, BenefitPeriod window, LocalDate upTo) {
        int posted = 0;
        for (Map.Entry<String, BenefitPeriod> due : dueGrants(account, policy, window, upTo).entrySet()) {
            if (!entries.existsByDedupKey(due.getKey())) {
                BenefitPeriod grantPeriod = due.getValue();
                post(account.getId(), LedgerKind.GRANT, policy.getAmountPerGrant(), window, null,
                        "grant " + grantPeriod.start() + ".." + grantPeriod.end(), due.getKey(), "rollover");
                posted++;
            }
        }
        return posted;
    }

    /** The grants of a window due by {@code upTo}, by their dedup key: the grant periods begun that an eligibility covers. */
    private Map<String, BenefitPeriod> dueGrants(EntitlementAccount account, SubsidyPolicy policy, BenefitPeriod window,
            LocalDate upTo) {
        List<Eligibility> covering = eligibilitiesBehind(account, policy);
        Map<String, BenefitPeriod> due = new LinkedHashMap<>();
        for (BenefitPeriod grantPeriod : window.split(policy.getGrantPeriod())) {
            if (!grantPeriod.start().isAfter(upTo) && covering.stream().anyMatch(e -> e.overlaps(grantPeriod))) {
                due.put("G:" + account.getId() + ":" + grantPeriod.start(), grantPeriod);
            }
        }
        return due;
    }

    /** Once a window has ended whatever is left in it expires; there is no carry-over. */
    private boolean expireIfClosed(Long accountId, BenefitPeriod window, String actor) {
        if (!window.end().isBefore(today())) {
            return false;
        }
        long left = ledger(accountId, window).available();
        if (left <= 0) {
            return false;
        }
        post(accountId, LedgerKind.EXPIRY, -left, window, null, "window ended " + window.end(), null, actor);
        return true;
    }

    private List<Eligibility> eligibilitiesBehind(EntitlementAccount account, SubsidyPolicy policy) {
        List<Long> elderIds = account.getElderId() != null
                ? List.of(account.getElderId())
                : elders.findByHouseholdId(account.getHouseholdId()).stream().map(Elder::getId).toList();
        return eligibilities.findByElderIdInOrderById(elderIds).stream()
                .filter(e -> e.getPolicyId().equals(policy.getId())).toList();
    }

    private EntitlementAccount accountOf(Elder elder, SubsidyPolicy policy) {
        if (policy.getScope() == PolicyScope.HOUSEHOLD) {
            if (elder.getHouseholdId() == null) {
                throw new IllegalStateException("Elder " + elder.getId() + " has no household for " + policy.getCode());
            }
            return accounts.findByPolicyIdAndHouseholdId(policy.getId(), elder.getHouseholdId())
                    .orElseGet(() -> accounts.saveAndFlush(EntitlementAccount.ofHousehold(policy.getId(), elder.getHouseholdId())));
        }
        return accounts.findByPolicyIdAndElderId(policy.getId(), elder.getId())
                .orElseGet(() -> accounts.saveAndFlush(EntitlementAccount.ofElder(policy.getId(), elder.getId())));
    }

    private void post(Long accountId, LedgerKind kind, long amount, BenefitPeriod window, Long bookingId,
            String reason, String dedupKey, String actor) {
        entries.save(new LedgerEntry(accountId, kind, amount, window, bookingId, reason, dedupKey, actor, clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
