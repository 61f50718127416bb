package cn.yinling.hotline.cases.application;

import cn.yinling.hotline.cases.CaseTexts;

import static cn.yinling.hotline.cases.application.ApplicationRefusal.DATE_MISSING;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.FINDINGS_MISSING;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.ILLEGAL_TRANSITION;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.NOTICE_RUNNING;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.OBJECTION_RULED;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.OBJECTOR_MISSING;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.OPEN_OBJECTIONS;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.POLICY_UNKNOWN;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.REASON_MISSING;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.ROLE_REQUIRED;
import static cn.yinling.hotline.cases.application.ApplicationRefusal.TEXT_TOO_LONG;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application workflow. Every action checks the transition from the current state and the
 * actor's role for the current step ({@link ApplicationProperties#roleFor}); what is refused
 * throws {@link ApplicationActionRefusedException} and changes nothing. Every move is kept as an
 * {@link ApplicationStep}, which is the application's history on the elder's record.
 */
@Service
public class VoucherApplications {

    static final int LONGEST_TEXT = 500;
    static final int LONGEST_NAME = 50;

    private final VoucherApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final ObjectionRepository objections;
    private final SubsidyPolicyRepository policies;
    private final Elders elders;
    private final Entitlements entitlements;
    private final ApplicationProperties properties;
    private final Clock clock;

    VoucherApplications(VoucherApplicationRepository applications, ApplicationStepRepository steps,
            ObjectionRepository objections, SubsidyPolicyRepository policies, Elders elders, Entitlements entitlements,
            ApplicationProperties properties, Clock clock) {
        this.applications = applications;
        this.steps = steps;
        this.objections = objections;
        this.policies = policies;
        this.elders = elders;
        this.entitlements = entitlements;
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes an application (by phone or at the desk); anyone on the console may. */
    @Transactional
    public VoucherApplication submit(ElderId elderId, String policyCode, ApplicationChannel channel, ApplicantKind applicant,
            String applicantName, String documents, String actor, ReviewerRole role) {
        Elder elder = elders.get(elderId);
        if (policyCode == null || policies.findByCode(policyCode).isEmpty()) {
            throw new ApplicationActionRefusedException(POLICY_UNKNOWN, String.valueOf(policyCode));
        }
        if (channel == null || applicant == null) {
            throw new ApplicationActionRefusedException(ILLEGAL_TRANSITION, "channel and applicant are required");
        }
        VoucherApplication a = applications.save(new VoucherApplication(elder.getId(), policyCode, channel, applicant,
                text(applicantName, LONGEST_NAME), text(documents, LONGEST_TEXT), actor, clock.instant(), today()));
        steps.save(new ApplicationStep(a.getId(), null, ApplicationState.SUBMITTED, actor, role.name(), clock.instant(), null));
        return a;
    }

    /**
     * Passes the current review step: taken in → community review; the home visit's findings
     * (required) → public notice for the configured days; a notice that has ended without open
     * objections → street review; street review → district approval. District approval is {@link #approve}.
     */
    @Transactional
    public VoucherApplication pass(long id, String note, String actor, ReviewerRole role) {
        VoucherApplication a = get(id);
        ApplicationState from = a.getState();
        mayAct(a, role);
        String text = text(note, LONGEST_TEXT);
        switch (from) {
            case SUBMITTED, STREET_REVIEW -> a.moveTo(from.next(), today());
            case COMMUNITY_REVIEW -> {
                if (text == null) {
                    throw new ApplicationActionRefusedException(FINDINGS_MISSING, "#" + id);
                }
                a.startNotice(today(), properties.noticeDays());
            }
            case PUBLIC_NOTICE -> {
                if (!today().isAfter(a.getNoticeEndsOn())) {
                    throw new ApplicationActionRefusedException(NOTICE_RUNNING, "#" + id + " until " + a.getNoticeEndsOn());
                }
                if (objections.findByApplicationIdOrderByIdAsc(id).stream().anyMatch(Objection::isOpen)) {
                    throw new ApplicationActionRefusedException(OPEN_OBJECTIONS, "#" + id);
                }
                a.moveTo(from.next(), today());
            }
            default -> throw new ApplicationActionRefusedException(ILLEGAL_TRANSITION, "#" + id + " pass from " + from);
        }
        steps.save(new ApplicationStep(id, from, a.getState(), actor, role.name(), clock.instant(), text));
        return applications.saveAndFlush(a);
    }

    /** District approval: the elder is enrolled in the policy from {@code from}, open-ended. */
    @Transactional
    public VoucherApplication approve(long id, LocalDate from, String note, String actor, ReviewerRole role) {
        VoucherApplication a = get(id);
        if (a.getState() != ApplicationState.DISTRICT_APPROVAL) {
            throw new ApplicationActionRefusedException(ILLEGAL_TRANSITION, "#" + id + " approve from " + a.getState());
        }
        mayAct(a, role);
        if (from == null) {
            throw new ApplicationActionRefusedException(DATE_MISSING, "#" + id);
        }
        entitlements.enrol(new ElderId(a.getElderId()), a.getPolicyCode(), from, CaseTexts.text("application.enrolReason", id),
                actor);
        a.approve(today(), from);
        String text = text(note, LONGEST_TEXT);
        steps.save(new ApplicationStep(id, ApplicationState.DISTRICT_APPROVAL, ApplicationState.APPROVED, actor, role.name(),
                clock.instant(), text));
        return applications.saveAndFlush(a);
    }

    /** Refusal with a reason, at any step not yet decided, by the role of that step. */
    @Transactional
    public VoucherApplication refuse(long id, String reason, String actor, ReviewerRole role) {
        VoucherApplication a = get(id);
        if (a.getState().isFinal()) {
            throw new ApplicationActionRefusedException(ILLEGAL_TRANSITION, "#" + id + " refuse from " + a.getState());
        }
        mayAct(a, role);
        String text = text(reason, LONGEST_TEXT);
        if (text == null) {
            throw new ApplicationActionRefusedException(REASON_MISSING, "#" + id);
        }
        ApplicationState from = a.getState();
        a.refuse(today(), text);
        steps.save(new ApplicationStep(id, from, ApplicationState.REFUSED, actor, role.name(), clock.instant(), text));
        return applications.saveAndFlush(a);
    }

    /** An objection to the notice, as the objector put it; only while the application is on notice. */
    @Transactional
    public Objection object(long id, String objector, String content, String actor, ReviewerRole role) {
        VoucherApplication a = get(id);
        if (a.getState() != ApplicationState.PUBLIC_NOTICE) {
            throw new ApplicationActionRefusedException(ILLEGAL_TRANSITION, "#" + id + " objection in " + a.getState());
        }
        mayAct(a, role);
        String who = text(objector, LONGEST_NAME);
        String what = text(content, LONGEST_TEXT);
        if (who == null || what == null) {
            throw new ApplicationActionRefusedException(OBJECTOR_MISSING, "#" + id);
        }
        return objections.save(new Objection(id, who, what, actor, clock.instant()));
    }

    /**
     * Decides an objection: dismissed, the notice goes on; upheld, the application goes back to
     * community review (a new visit, then a new notice) or is refused. An upheld one needs a note.
     */
    @Transactional
    public VoucherApplication rule(long id, long objectionId, ObjectionRuling ruling, String note, String actor,
            ReviewerRole role) {
        VoucherApplication a = get(id);
        if (a.getState() != ApplicationState.PUBLIC_NOTICE) {
            throw new ApplicationActionRefusedException(ILLEGAL_TRANSITION, "#" + id + " ruling in " + a.getState());
        }
        mayAct(a, role);
        Objection o = objections.findById(objectionId).filter(x -> x.getApplicationId().equals(id))
                .orElseThrow(() -> new NoSuchElementException("No objection " + objectionId + " on #" + id));
        if (!o.isOpen()) {
            throw new ApplicationActionRefusedException(OBJECTION_RULED, "objection " + objectionId);
        }
        String text = text(note, LONGEST_TEXT);
        if (ruling == null || (ruling != ObjectionRuling.DISMISSED && text == null)) {
            throw new ApplicationActionRefusedException(REASON_MISSING, "objection " + objectionId);
        }
        o.rule(ruling, text, actor, clock.instant());
        objections.save(o);
        switch (ruling) {
            case RETURNED -> {
                a.moveTo(ApplicationState.COMMUNITY_REVIEW, today());
                steps.save(new ApplicationStep(id, ApplicationState.PUBLIC_NOTICE, ApplicationState.COMMUNITY_REVIEW, actor,
                        role.name(), clock.instant(), text));
            }
            case REFUSED -> {
                a.refuse(today(), text);
                steps.save(new ApplicationStep(id, ApplicationState.PUBLIC_NOTICE, ApplicationState.REFUSED, actor,
                        role.name(), clock.instant(), text));
            }
            case DISMISSED -> {
                // the notice goes on; the ruling is on the objection itself
            }
        }
        return applications.saveAndFlush(a);
    }

    @Transactional(readOnly = true)
    public VoucherApplication get(long id) {
        return applications.findById(id).orElseThrow(() -> new NoSuchElementException("No application " + id));
    }

    @Transactional(readOnly = true)
    public List<VoucherApplication> inState(ApplicationState state) {
        return applications.findByStateOrderByStateSinceAscIdAsc(state);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<VoucherApplication> ofElder(ElderId elderId) {
        return applications.findByElderIdOrderByIdDesc(elderId.value());
    }

    @Transactional(readOnly = true)
    public List<ApplicationStep> history(long id) {
        return steps.findByApplicationIdOrderByIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<Objection> objections(long id) {
        return objections.findByApplicationIdOrderByIdAsc(id);
    }

    public boolean overdue(VoucherApplication a) {
        return a.overdueOn(today(), properties);
    }

    public LocalDate dueOn(VoucherApplication a) {
        return a.dueOn(properties);
    }

    /** Whether someone in {@code role} may act on the application's current step. */
    public boolean mayActOn(VoucherApplication a, ReviewerRole role) {
        return !a.getState().isFinal() && role != null && role.covers(properties.roleFor(a.getState()));
    }

    /** The policies one may apply for, by code, with their names, in catalog order. */
    @Transactional(readOnly = true)
    public Map<String, String> policyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        policies.findAll().stream().sorted(Comparator.comparing(SubsidyPolicy::getId))
                .forEach(p -> names.put(p.getCode(), p.getName()));
        return names;
    }

    public ApplicationProperties settings() {
        return properties;
    }

    private void mayAct(VoucherApplication a, ReviewerRole role) {
        if (role == null || !role.covers(properties.roleFor(a.getState()))) {
            throw new ApplicationActionRefusedException(ROLE_REQUIRED,
                    role + " on " + a.getState() + " needs " + properties.roleFor(a.getState()));
        }
    }

    private static String text(String s, int longest) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > longest) {
            throw new ApplicationActionRefusedException(TEXT_TOO_LONG, t.length() + " > " + longest);
        }
        return t;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
