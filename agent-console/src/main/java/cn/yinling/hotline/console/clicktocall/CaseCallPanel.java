package cn.yinling.hotline.console.clicktocall;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.clicktocall.ClickToCall;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 拨打电话 card of a case (console/case-calls.html): the numbers on the case, masked, each with a
 * button naming it by key; whether a PBX is there at all (without one every button says
 * 未接通电话系统 and is disabled) and which phone of the agent rings first. Public, with a public
 * view, because the workspace's template reads it.
 */
@Component
public class CaseCallPanel {

    /** What the card shows; {@code shown} only to whoever may dial from the case. */
    public record Panel(boolean shown, boolean pbx, String myPhone, List<Line> lines) {
    }

    /** One number: the form's key, who it is, the number masked. */
    public record Line(String key, String who, String masked) {
    }

    private final Cases cases;
    private final Elders elders;
    private final ObjectProvider<ClickToCall> pbx;
    private final ConsoleMessages messages;

    CaseCallPanel(Cases cases, Elders elders, ObjectProvider<ClickToCall> pbx, ConsoleMessages messages) {
        this.cases = cases;
        this.elders = elders;
        this.pbx = pbx;
        this.messages = messages;
    }

    public Panel of(long caseId, Agent me) {
        CareCase c = cases.get(caseId);
        if (me == null || !mayCall(c, me)) {
            return new Panel(false, false, null, List.of());
        }
        return new Panel(true, pbx.getIfAvailable() != null, me.ownPhone(),
                targets(c).stream().map(t -> new Line(t.key(), t.who(), t.masked())).toList());
    }

    /** The holder of the case (open or closed: calling back after closing it is normal) or a supervisor. */
    static boolean mayCall(CareCase c, Agent agent) {
        return agent.getId().equals(c.getAssigneeId()) || SignedInAgent.supervises(agent);
    }

    /** Every number on the case: the elder's, each family member's, an unregistered caller's. */
    @Transactional(readOnly = true)
    List<CallTarget> targets(CareCase c) {
        List<CallTarget> out = new ArrayList<>();
        if (c.getElderId() != null) {
            ElderId elder = new ElderId(c.getElderId());
            String name = elders.get(elder).getFullName();
            List<PhoneNumber> own = elders.phonesOf(elder);
            for (int i = 0; i < own.size(); i++) {
                out.add(target("elder-" + i, messages.get("call.elder") + " " + name, own.get(i)));
            }
            for (FamilyContact f : elders.familyOf(elder)) {
                List<PhoneNumber> theirs = elders.phonesOfFamilyContact(f.getId());
                for (int i = 0; i < theirs.size(); i++) {
                    out.add(target("family-" + f.getId() + "-" + i, f.getRelation() + " " + f.getFullName(), theirs.get(i)));
                }
            }
        }
        if (c.getCallerPhone() != null) {
            out.add(new CallTarget("caller", messages.get("call.caller"), MaskedPhone.of(c.getCallerPhone()),
                    c.getCallerPhone()));
        }
        return out;
    }

    Optional<CallTarget> target(CareCase c, String key) {
        return targets(c).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static CallTarget target(String key, String who, PhoneNumber number) {
        return new CallTarget(key, who, MaskedPhone.of(number.digits()), number.digits());
    }
}
