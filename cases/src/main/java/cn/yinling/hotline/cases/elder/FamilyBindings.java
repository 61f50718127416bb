package cn.yinling.hotline.cases.elder;

import cn.yinling.hotline.cases.elder.BindingCheck.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Binding a family member's WeChat account to an elder: the elder's registered phone number and
 * the last four ID digits, then a six-digit one-time code that reaches the elder (issued when an
 * agent approves, or read out in an outbound call) and that the family member enters. Every wrong
 * answer counts against the sender; at the limit the sender is locked for a period. One account
 * may be bound to several elders.
 */
@Service
public class FamilyBindings {

    private final Elders elders;
    private final FamilyContactRepository family;
    private final BindingRequestRepository requests;
    private final BindingGuardRepository guards;
    private final Identification identification;
    private final ObjectProvider<ElderCodeCall> calls;
    private final BindingProperties properties;
    private final Clock clock;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate ownTransaction;

    FamilyBindings(Elders elders, FamilyContactRepository family, BindingRequestRepository requests,
            BindingGuardRepository guards, Identification identification, ObjectProvider<ElderCodeCall> calls,
            BindingProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.elders = elders;
        this.family = family;
        this.requests = requests;
        this.guards = guards;
        this.identification = identification;
        this.calls = calls;
        this.properties = properties;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Whether the text is a phone number at all; an unparseable one counts as wrong. Whether it is
     * registered is not told here: that would tell anyone who is a registered elder.
     */
    public BindingCheck checkPhone(String openid, String phone) {
        ensureGuard(openid);
        return inTransaction.execute(s -> check(openid, () -> isPhoneNumber(phone)));
    }

    /**
     * Whether the phone is an elder's registered number and the last four ID digits are that elder's.
     * Wrong answers count against the sender and, through {@link Identification}, against the phone
     * number and the elder across every channel.
     */
    public BindingCheck checkIdentity(String openid, String phone, String lastFour) {
        ensureGuard(openid);
        BindingCheck before = inTransaction.execute(s -> check(openid, () -> true));
        if (!before.ok()) {
            return before;
        }
        Identification.Verdict verdict = identification.verify("wechat:" + openid, phone, lastFour, true);
        return inTransaction.execute(s -> switch (verdict.result()) {
            case LOCKED -> new BindingCheck(Result.LOCKED, 0, verdict.lockedUntil(), null);
            case OK -> check(openid, () -> true);
            case WRONG -> check(openid, () -> false);
        });
    }

    /**
     * Opens a binding request once phone and ID digits are right. With an outbound call available
     * the code is read to the elder now; otherwise the request waits for an agent's approval.
     */
    public BindingRequest start(String openid, String phone, String lastFour, String relation, boolean notifyConsent) {
        ensureGuard(openid);
        return inTransaction.execute(s -> startNow(openid, phone, lastFour, relation, notifyConsent));
    }

    private BindingRequest startNow(String openid, String phone, String lastFour, String relation, boolean notifyConsent) {
        if (!checkIdentityNow(openid, phone, lastFour).ok()) {
            throw new IllegalStateException("Phone and ID digits do not match; no binding request");
        }
        Elder elder = elderByPhone(phone).orElseThrow();
        Instant now = clock.instant();
        requests.findByOpenidAndStateOrderById(openid, BindingState.PENDING_CODE).stream()
                .filter(r -> r.elderId().equals(elder.elderId()))
                .forEach(BindingRequest::expire);
        BindingRequest request = requests.save(new BindingRequest(openid, elder.elderId(), relation.strip(),
                notifyConsent, now, properties.codeValidity()));
        ElderCodeCall call = calls.getIfAvailable();
        if (call != null) {
            OneTimeCode code = OneTimeCode.random();
            if (call.readToElder(request, code)) {
                request.issue(code, null, now, properties.codeValidity());
            }
        }
        return request;
    }

    /** Open requests an agent has still to approve, oldest first (for the console). */
    @Transactional(readOnly = true)
    public List<BindingRequest> awaitingApproval() {
        Instant now = clock.instant();
        return requests.findByStateOrderById(BindingState.PENDING_CODE).stream()
                .filter(r -> r.isOpen(now) && !r.codeIssued())
                .toList();
    }

    /**
     * An agent, having confirmed the request with the elder, approves it: a fresh one-time code is
     * issued (only its hash is kept) and returned once, for the agent to read to the elder, who
     * passes it to the family member. Approving again issues a new code and voids the old one.
     */
    @Transactional
    public OneTimeCode approve(long requestId, String agentName) {
        if (agentName == null || agentName.isBlank()) {
            throw new IllegalArgumentException("An approval names the agent");
        }
        BindingRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NoSuchElementException("No binding request " + requestId));
        OneTimeCode code = OneTimeCode.random();
        request.issue(code, agentName.strip(), clock.instant(), properties.codeValidity());
        return code;
    }

    /** The family member enters the code: a match binds the account to that request's elder. */
    public BindingCheck enterCode(String openid, String typed) {
        ensureGuard(openid);
        return inTransaction.execute(s -> enterCodeNow(openid, typed));
    }

    private BindingCheck enterCodeNow(String openid, String typed) {
        Instant now = clock.instant();
        BindingGuard guard = guard(openid);
        if (guard.isLocked(now)) {
            return new BindingCheck(Result.LOCKED, 0, guard.lockedUntil(), null);
        }
        List<BindingRequest> open = openRequests(openid, now);
        if (open.isEmpty()) {
            return BindingCheck.of(Result.NO_REQUEST);
        }
        List<BindingRequest> issued = open.stream().filter(BindingRequest::codeIssued).toList();
        if (issued.isEmpty()) {
            return BindingCheck.of(Result.AWAITING_APPROVAL);
        }
        Optional<BindingRequest> match = issued.stream().filter(r -> r.accepts(typed)).findFirst();
        if (match.isEmpty()) {
            BindingCheck wrong = fail(guard, now);
            issued.forEach(r -> r.wrongCode(wrong.lockedUntil()));
            return wrong;
        }
        guard.reset();
        FamilyContact contact = bind(match.get(), now);
        return new BindingCheck(Result.BOUND, properties.attemptLimit(), null, contact);
    }

    /** Whether the sender has an open request (waiting for approval or for the code). */
    @Transactional(readOnly = true)
    public boolean hasOpenRequest(String openid) {
        Instant now = clock.instant();
        return requests.findByOpenidAndStateOrderById(openid, BindingState.PENDING_CODE).stream()
                .anyMatch(r -> r.isOpen(now));
    }

    /** The elders the account acts for, one family contact each. */
    @Transactional(readOnly = true)
    public List<FamilyContact> boundTo(String openid) {
        return elders.boundTo(openid);
    }

    /** Ends the account's binding to one elder; returns whether there was one. */
    @Transactional
    public boolean unbind(String openid, ElderId elderId) {
        List<FamilyContact> bound = family.findByWechatOpenid(openid).stream()
                .filter(f -> f.getElderId().equals(elderId.value()))
                .toList();
        bound.forEach(FamilyContact::unbindWechat);
        return !bound.isEmpty();
    }

    private FamilyContact bind(BindingRequest request, Instant now) {
        FamilyContact contact = family.findByWechatOpenid(request.getOpenid()).stream()
                .filter(f -> f.getElderId().equals(request.elderId().value()))
                .findFirst()
                .orElseGet(() -> family.save(new FamilyContact(request.elderId().value(), request.getRelation(),
                        request.getRelation(), request.isNotifyConsent())));
        contact.setNotifyConsent(request.isNotifyConsent());
        contact.bindWechat(request.getOpenid(), now);
        request.approved(contact.getId());
        return contact;
    }

    private List<BindingRequest> openRequests(String openid, Instant now) {
        List<BindingRequest> pending = requests.findByOpenidAndStateOrderById(openid, BindingState.PENDING_CODE);
        pending.stream().filter(r -> !r.isOpen(now)).forEach(BindingRequest::expire);
        return pending.stream().filter(r -> r.getState() == BindingState.PENDING_CODE).toList();
    }

    /** Re-checks answers {@link #checkIdentity} accepted, without counting again. */
    private BindingCheck checkIdentityNow(String openid, String phone, String lastFour) {
        return check(openid, () -> elderByPhone(phone).filter(e -> e.idNumber().endsWith(lastFour)).isPresent());
    }

    private boolean isPhoneNumber(String phone) {
        try {
            elders.parsePhone(phone);
            return true;
        } catch (InvalidPhoneNumberException e) {
            return false;
        }
    }

    private BindingCheck check(String openid, BooleanSupplier answerIsRight) {
        Instant now = clock.instant();
        BindingGuard guard = guard(openid);
        if (guard.isLocked(now)) {
            return new BindingCheck(Result.LOCKED, 0, guard.lockedUntil(), null);
        }
        if (answerIsRight.getAsBoolean()) {
            return new BindingCheck(Result.OK, guard.remaining(properties.attemptLimit()), null, null);
        }
        return fail(guard, now);
    }

    private BindingCheck fail(BindingGuard guard, Instant now) {
        guard.fail(now, properties.attemptLimit(), properties.lockPeriod());
        return guard.isLocked(now)
                ? new BindingCheck(Result.LOCKED, 0, guard.lockedUntil(), null)
                : new BindingCheck(Result.WRONG, guard.remaining(properties.attemptLimit()), null, null);
    }

    /** The sender's guard, locked for this transaction; {@link #ensureGuard} made it. */
    private BindingGuard guard(String openid) {
        return guards.lockByOpenid(openid).orElseThrow();
    }

    /**
     * Makes the sender's guard row if there is none, before (not inside) the answer's transaction,
     * so no transaction holds a connection while waiting for a second one. A sender's first messages
     * may reach two nodes at once, and both find no guard: the second insert fails on the key, and
     * the answer then locks the row the first one made. A plain insert: {@code save} would merge a
     * fresh guard over the first one's row and lose its count.
     */
    private void ensureGuard(String openid) {
        if (openid == null || openid.isBlank()) {
            throw new IllegalArgumentException("A binding needs the sender's openid");
        }
        try {
            ownTransaction.executeWithoutResult(s -> {
                if (!guards.existsById(openid)) {
                    guards.insert(openid);
                }
            });
        } catch (DataIntegrityViolationException alreadyThere) {
            // made by the other transaction a moment ago
        }
    }

    private Optional<Elder> elderByPhone(String phone) {
        return elders.findByPhone(phone).filter(Caller::isElder).map(Caller::elder);
    }
}
