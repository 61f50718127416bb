package cn.yinling.hotline.cases.eligibility;

import static cn.yinling.hotline.cases.CaseTexts.text;

import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.Eligibility;
import cn.yinling.hotline.cases.policy.EligibilityRepository;
import cn.yinling.hotline.cases.policy.EnrolmentSource;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
 * Enrols elders into and out of subsidy policies by the policies' rules (让数据多跑路), and by staff
 * overriding them. The rules change only what they decided themselves: an enrolment made outright
 * (an approved application, the demo street) and a staff decision are never undone by them.
 *
 * <p>Precedence: with a staff INCLUDE in force, staff decided and the rules add nothing; otherwise
 * the elder gets the first policy of {@code hotline.cases.eligibility.automatic-policies} whose
 * rules they meet, skipping the ones staff EXCLUDEd. An enrolment starts on the day decided (or
 * the first of that month, as the policy says) and ends the day before it stops being true; past
 * periods and ledger grants already issued are never rewritten.
 */
@Service
public class Enrolments {

    /** The actor of the audit entries the rules write. */
    public static final String RULES_ACTOR = "eligibility-rules";
    static final int LONGEST_REASON = 300;

    /** What an override form can get wrong; each has its wording ({@code enrol.problem.*}). */
    public enum Problem { REASON_MISSING, REASON_TOO_LONG, POLICY_UNKNOWN, EFFECT_MISSING, OVERRIDE_UNKNOWN }

    /** One enrolment as the record page shows it. */
    public record Line(String policyCode, String policyName, LocalDate from, LocalDate to, EnrolmentSource source,
            String startReason, String startedBy, Instant startedAt, String endReason, String endedBy, Instant endedAt,
            boolean current, boolean withdrawn) {
    }

    /** One staff override, in force or removed. */
    public record OverrideLine(Long id, String policyCode, String policyName, OverrideEffect effect, String reason,
            String createdBy, Instant createdAt, String removedBy, Instant removedAt, String removalReason) {
        public boolean inForce() {
            return removedAt == null;
        }
    }

    private record Decision(EnrolmentSource source, String reason, String by) {
    }

    private final ElderRepository elders;
    private final EligibilityRepository eligibilities;
    private final SubsidyPolicyRepository policies;
    private final EligibilityOverrideRepository overrides;
    private final PolicyRules rules;
    private final Entitlements entitlements;
    private final AuditTrail audit;
    private final Clock clock;

    Enrolments(ElderRepository elders, EligibilityRepository eligibilities, SubsidyPolicyRepository policies,
            EligibilityOverrideRepository overrides, PolicyRules rules, Entitlements entitlements, AuditTrail audit,
            Clock clock) {
        this.elders = elders;
        this.eligibilities = eligibilities;
        this.policies = policies;
        this.overrides = overrides;
        this.rules = rules;
        this.entitlements = entitlements;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies the rules and overrides to an elder as of a day; returns how many enrolments started or
     * ended. {@code staff} is the account whose decision caused it, null when automatic.
     */
    @Transactional
    public int evaluate(ElderId elderId, LocalDate asOf, Trigger trigger, String staff) {
        if (rules.automatic().isEmpty() && nothingDecidedFor(elderId)) {
            return 0; // a deployment without automatic policies pays nothing for every record edit
        }
        Elder elder = elders.lockById(elderId.value()).orElseThrow(() -> new NoSuchElementException("No elder " + elderId));
        ElderFacts facts = ElderFacts.of(elder);
        List<EligibilityOverride> inForce = overrides.findByElderIdAndRemovedAtIsNullOrderById(elder.getId());
        Set<Long> excluded = policyIds(inForce, OverrideEffect.EXCLUDE);
        List<Eligibility> rows = eligibilities.findByElderIdOrderById(elder.getId());
        Map<Long, SubsidyPolicy> byId = policies.findAll().stream().collect(Collectors.toMap(SubsidyPolicy::getId, p -> p));

        Map<Long, Decision> wanted = new LinkedHashMap<>();
        inForce.stream().filter(o -> o.getEffect() == OverrideEffect.INCLUDE)
                .forEach(o -> wanted.put(o.getPolicyId(), new Decision(EnrolmentSource.STAFF, o.getReason(), o.getCreatedBy())));
        if (wanted.isEmpty()) {
            for (String code : rules.automatic()) {
                Optional<SubsidyPolicy> p = byId.values().stream().filter(x -> x.getCode().equals(code)).findFirst();
                if (p.isEmpty() || excluded.contains(p.get().getId())) {
                    continue;
                }
                Verdict v = verdict(p.get(), facts, asOf, heldBy(rows, p.get().getId(), asOf));
                if (v.eligible()) {
                    wanted.put(p.get().getId(), new Decision(EnrolmentSource.RULES, v.reason(), trigger.name()));
                    break;
                }
            }
        }

        String endedBy = staff != null ? staff : trigger.name();
        Instant now = clock.instant();
        int changes = 0;
        for (Eligibility row : rows) {
            if (row.getSource() == EnrolmentSource.ENROLMENT || !row.openOn(asOf) || row.withdrawn()) {
                continue;
            }
            Decision d = wanted.get(row.getPolicyId());
            if (d != null && d.source() == row.getSource()) {
                continue;
            }
            SubsidyPolicy policy = byId.get(row.getPolicyId());
            String why = endReason(row, policy, d, wanted, inForce, byId, facts, asOf);
            row.end(asOf.minusDays(1), why, endedBy, now);
            audit.record(staff != null ? staff : RULES_ACTOR, AuditEntry.Action.UPDATE, elderId,
                    "eligibility " + policy.getCode() + " " + row.getSource() + " ended " + row.getValidTo() + ": " + why);
            changes++;
        }
        for (Map.Entry<Long, Decision> w : wanted.entrySet()) {
            Long policyId = w.getKey();
            Decision d = w.getValue();
            boolean held = rows.stream().anyMatch(r -> r.getPolicyId().equals(policyId) && !r.withdrawn()
                    && (r.getSource() == d.source() && r.openOn(asOf)
                        || r.getSource() == EnrolmentSource.ENROLMENT && r.coversDay(asOf)));
            if (held) {
                continue;
            }
            SubsidyPolicy policy = byId.get(policyId);
            LocalDate from = d.source() == EnrolmentSource.RULES
                    ? rules.of(policy.getCode()).orElseThrow().startFor(asOf) : asOf;
            LocalDate afterLast = rows.stream().filter(r -> r.getPolicyId().equals(policyId) && r.getValidTo() != null
                    && !r.withdrawn()).map(r -> r.getValidTo().plusDays(1)).max(Comparator.naturalOrder()).orElse(null);
            if (afterLast != null && afterLast.isAfter(from)) {
                from = afterLast;
            }
            Eligibility e = entitlements.enrol(elder, policy,
                    Eligibility.decided(elder.getId(), policyId, from, d.source(), d.reason(), d.by(), now));
            audit.record(staff != null ? staff : RULES_ACTOR, AuditEntry.Action.UPDATE, elderId,
                    "eligibility " + policy.getCode() + " " + d.source() + " from " + e.getValidFrom() + ": " + d.reason());
            changes++;
        }
        return changes;
    }

    /** Staff overrule the rules for one policy, with a reason; an earlier override of that policy is replaced. */
    @Transactional
    public Optional<Problem> override(ElderId elderId, String policyCode, OverrideEffect effect, String reason,
            String actor) {
        Optional<Problem> problem = checkReason(reason);
        if (problem.isPresent()) {
            return problem;
        }
        if (effect == null) {
            return Optional.of(Problem.EFFECT_MISSING);
        }
        Optional<SubsidyPolicy> policy = policyCode == null ? Optional.empty() : policies.findByCode(policyCode);
        if (policy.isEmpty()) {
            return Optional.of(Problem.POLICY_UNKNOWN);
        }
        Elder elder = elders.lockById(elderId.value()).orElseThrow(() -> new NoSuchElementException("No elder " + elderId));
        Instant now = clock.instant();
        overrides.findByElderIdAndRemovedAtIsNullOrderById(elder.getId()).stream()
                .filter(o -> o.getPolicyId().equals(policy.get().getId()))
                .forEach(o -> o.remove(actor, reason.strip(), now));
        overrides.save(new EligibilityOverride(elder.getId(), policy.get().getId(), effect, reason.strip(), actor, now));
        audit.record(actor, AuditEntry.Action.UPDATE, elderId,
                "eligibility override " + effect + " " + policyCode + ": " + reason.strip());
        overrides.flush();
        evaluate(elderId, today(), Trigger.STAFF, actor);
        return Optional.empty();
    }

    /** Ends a staff override with a reason; the rules decide again from today. */
    @Transactional
    public Optional<Problem> removeOverride(ElderId elderId, long overrideId, String reason, String actor) {
        Optional<Problem> problem = checkReason(reason);
        if (problem.isPresent()) {
            return problem;
        }
        Optional<EligibilityOverride> o = overrides.findById(overrideId)
                .filter(x -> x.getElderId().equals(elderId.value()) && x.inForce());
        if (o.isEmpty()) {
            return Optional.of(Problem.OVERRIDE_UNKNOWN);
        }
        o.get().remove(actor, reason.strip(), clock.instant());
        String code = policies.findById(o.get().getPolicyId()).map(SubsidyPolicy::getCode).orElse("?");
        audit.record(actor, AuditEntry.Action.UPDATE, elderId,
                "eligibility override " + o.get().getEffect() + " " + code + " removed: " + reason.strip());
        overrides.flush();
        evaluate(elderId, today(), Trigger.STAFF, actor);
        return Optional.empty();
    }

    /** The elder's enrolments, newest first, with who decided them and why. */
    @Transactional(readOnly = true)
    public List<Line> history(ElderId elderId) {
        LocalDate today = today();
        Map<Long, SubsidyPolicy> byId = policies.findAll().stream().collect(Collectors.toMap(SubsidyPolicy::getId, p -> p));
        return eligibilities.findByElderIdOrderById(elderId.value()).stream()
                .sorted(Comparator.comparing(Eligibility::getId).reversed())
                .map(e -> {
                    SubsidyPolicy p = byId.get(e.getPolicyId());
                    return new Line(p.getCode(), p.getName(), e.getValidFrom(), e.getValidTo(), e.getSource(),
                            e.getStartReason(), e.getStartedBy(), e.getStartedAt(), e.getEndReason(), e.getEndedBy(),
                            e.getEndedAt(), e.openOn(today) && !e.withdrawn(), e.withdrawn());
                }).toList();
    }

    /** The elder's overrides, newest first. */
    @Transactional(readOnly = true)
    public List<OverrideLine> overrides(ElderId elderId) {
        Map<Long, SubsidyPolicy> byId = policies.findAll().stream().collect(Collectors.toMap(SubsidyPolicy::getId, p -> p));
        return overrides.findByElderIdOrderByIdDesc(elderId.value()).stream().map(o -> {
            SubsidyPolicy p = byId.get(o.getPolicyId());
            return new OverrideLine(o.getId(), p.getCode(), p.getName(), o.getEffect(), o.getReason(), o.getCreatedBy(),
                    o.getCreatedAt(), o.getRemovedBy(), o.getRemovedAt(), o.getRemovalReason());
        }).toList();
    }

    /** Every policy on file, for the override form. */
    @Transactional(readOnly = true)
    public List<SubsidyPolicy> policies() {
        return policies.findAll().stream().sorted(Comparator.comparing(SubsidyPolicy::getId)).toList();
    }

    private String endReason(Eligibility row, SubsidyPolicy policy, Decision instead, Map<Long, Decision> wanted,
            List<EligibilityOverride> inForce, Map<Long, SubsidyPolicy> byId, ElderFacts facts, LocalDate asOf) {
        if (row.getSource() == EnrolmentSource.STAFF) {
            return overrides.findByElderIdOrderByIdDesc(row.getElderId()).stream()
                    .filter(o -> o.getPolicyId().equals(row.getPolicyId()) && !o.inForce())
                    .findFirst().map(o -> text("eligibility.overrideRemoved", o.getRemovalReason()))
                    .orElse(text("eligibility.overrideRemoved", ""));
        }
        Optional<EligibilityOverride> exclusion = inForce.stream()
                .filter(o -> o.getEffect() == OverrideEffect.EXCLUDE && o.getPolicyId().equals(row.getPolicyId())).findFirst();
        if (exclusion.isPresent()) {
            return text("eligibility.excluded", exclusion.get().getReason());
        }
        if (instead != null) {
            return text("eligibility.supersededByStaff");
        }
        if (!rules.automatic().contains(policy.getCode()) || rules.of(policy.getCode()).isEmpty()) {
            return text("eligibility.notAutomatic");
        }
        Verdict v = verdict(policy, facts, asOf, row.getStartReason());
        if (!v.eligible()) {
            return v.reason();
        }
        String other = wanted.keySet().stream().map(byId::get).filter(Objects::nonNull).map(SubsidyPolicy::getName)
                .findFirst().orElse("");
        return wanted.values().stream().anyMatch(d -> d.source() == EnrolmentSource.STAFF)
                ? text("eligibility.supersededByStaff") : text("eligibility.supersededBy", other);
    }

    private Verdict verdict(SubsidyPolicy policy, ElderFacts facts, LocalDate day, String heldBy) {
        return rules.of(policy.getCode()).map(r -> r.check(facts, day, heldBy))
                .orElse(new Verdict(false, text("eligibility.notAutomatic")));
    }

    private static String heldBy(List<Eligibility> rows, Long policyId, LocalDate asOf) {
        return rows.stream().filter(r -> r.getPolicyId().equals(policyId) && r.getSource() == EnrolmentSource.RULES
                && r.openOn(asOf) && !r.withdrawn()).map(Eligibility::getStartReason).findFirst().orElse(null);
    }

    private boolean nothingDecidedFor(ElderId elderId) {
        return overrides.findByElderIdOrderByIdDesc(elderId.value()).isEmpty()
                && eligibilities.findByElderIdOrderById(elderId.value()).stream()
                        .allMatch(e -> e.getSource() == EnrolmentSource.ENROLMENT);
    }

    private static Set<Long> policyIds(List<EligibilityOverride> list, OverrideEffect effect) {
        return list.stream().filter(o -> o.getEffect() == effect).map(EligibilityOverride::getPolicyId)
                .collect(Collectors.toSet());
    }

    private static Optional<Problem> checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(Problem.REASON_MISSING);
        }
        return reason.strip().length() > LONGEST_REASON ? Optional.of(Problem.REASON_TOO_LONG) : Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
