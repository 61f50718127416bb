package cn.yinling.hotline.console.clicktocall;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.clicktocall.AgentCall;
import cn.yinling.hotline.cases.clicktocall.ClickToCall;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Click-to-call from a case: the number, looked up on the server from the key the button sent, goes
 * to the PBX only ({@link ClickToCall}), which rings the agent's own phone first. Each call placed is
 * on the case's timeline and in the audit trail with the number masked: who, which case, whom, from
 * which phone.
 */
@Service
class CaseCalls {

    /** What became of a click, each with its words ({@code call.*}). */
    enum Outcome { RINGING, NOT_YOURS, NO_TARGET, NO_PBX, NO_PHONE, PBX_REFUSED }

    record Result(Outcome outcome, String message) {
    }

    private final Cases cases;
    private final CaseCallPanel panel;
    private final ObjectProvider<ClickToCall> pbx;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    CaseCalls(Cases cases, CaseCallPanel panel, ObjectProvider<ClickToCall> pbx, ConsoleAudit audit,
            ConsoleMessages messages) {
        this.cases = cases;
        this.panel = panel;
        this.pbx = pbx;
        this.audit = audit;
        this.messages = messages;
    }

    Result call(long caseId, String key, Agent me) {
        CareCase c = cases.get(caseId);
        if (!CaseCallPanel.mayCall(c, me)) {
            return result(Outcome.NOT_YOURS);
        }
        Optional<CallTarget> target = key == null ? Optional.empty() : panel.target(c, key);
        if (target.isEmpty()) {
            return result(Outcome.NO_TARGET);
        }
        ClickToCall dialer = pbx.getIfAvailable();
        if (dialer == null) {
            return result(Outcome.NO_PBX);
        }
        String phone = me.ownPhone();
        if (phone == null || !AgentCall.PHONE.matcher(phone).matches()) {
            return result(Outcome.NO_PHONE);
        }
        CallTarget t = target.get();
        if (!dialer.call(new AgentCall(phone, t.digits(), caseId, me.getUsername()))) {
            return result(Outcome.PBX_REFUSED);
        }
        cases.record(caseId, "CALL_PLACED", me.getUsername(), messages.get("call.timeline", t.who(), t.masked(), phone));
        audit.recordCase(me.getUsername(), Action.CALL, c.getElderId() == null ? null : new ElderId(c.getElderId()),
                caseId, "clickToCall", caseId, t.who(), t.masked(), phone);
        return new Result(Outcome.RINGING, messages.get("call.RINGING", phone, t.who() + " " + t.masked()));
    }

    private Result result(Outcome outcome) {
        return new Result(outcome, messages.get("call." + outcome));
    }
}
