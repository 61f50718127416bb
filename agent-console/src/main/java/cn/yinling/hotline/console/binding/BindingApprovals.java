package cn.yinling.hotline.console.binding;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.elder.OneTimeCode;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's side of family binding: the requests waiting for an agent ({@link
 * FamilyBindings#awaitingApproval}) and approving one ({@link FamilyBindings#approve}), which is
 * written to the audit trail in the same transaction.
 */
@Service
class BindingApprovals {

    private static final DateTimeFormatter REQUESTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FamilyBindings bindings;
    private final Elders elders;
    private final ConsoleAudit audit;
    private final CasesProperties properties;

    BindingApprovals(FamilyBindings bindings, Elders elders, ConsoleAudit audit, CasesProperties properties) {
        this.bindings = bindings;
        this.elders = elders;
        this.audit = audit;
        this.properties = properties;
    }

    /** Requests awaiting an agent, oldest first. */
    @Transactional(readOnly = true)
    List<PendingBinding> awaiting() {
        return bindings.awaitingApproval().stream().map(this::pending).toList();
    }

    /**
     * Issues the code for a request that is still awaiting approval, or nothing when it is not
     * (already approved by someone else, expired, bound or unknown): a stale page must not replace
     * a code another agent has just read to the elder.
     */
    @Transactional
    Optional<IssuedCode> approve(long requestId, String agent) {
        Optional<BindingRequest> awaiting = bindings.awaitingApproval().stream()
                .filter(r -> r.getId() == requestId)
                .findFirst();
        if (awaiting.isEmpty()) {
            return Optional.empty();
        }
        BindingRequest request = awaiting.get();
        OneTimeCode code = bindings.approve(requestId, agent);
        Elder elder = elders.get(request.elderId());
        audit.record(agent, Action.UPDATE, request.elderId(), "bindingApproved", request.getRelation());
        return Optional.of(new IssuedCode(requestId, code.value(), elder.getFullName(), request.getRelation(),
                elders.phonesOf(elder.elderId()).stream().map(PhoneNumber::toString).toList()));
    }

    private PendingBinding pending(BindingRequest r) {
        Elder elder = elders.get(r.elderId());
        return new PendingBinding(r.getId(), elder.getId(), elder.getFullName(),
                elder.idNumber() == null ? "" : elder.idNumber().value(), r.getRelation(),
                r.getCreatedAt().atZone(properties.zone()).format(REQUESTED), shorten(r.getOpenid()));
    }

    /** Enough of an openid to tell two requests apart, not enough to copy it. */
    static String shorten(String openid) {
        if (openid == null) {
            return "";
        }
        return openid.length() <= 10 ? openid : openid.substring(0, 6) + "…" + openid.substring(openid.length() - 4);
    }
}
