package cn.yinling.hotline.cases.settlement;

import cn.yinling.hotline.cases.policy.EntitlementUnit;

/** A statement's totals under one policy (or, with no policy code, of the visits the elders paid themselves). */
public record PolicyTotal(String policyCode, String policyName, EntitlementUnit unit, long visits, long minutes,
        long coveredAmount, long subsidyFen, long elderPaysFen) {

    PolicyTotal plus(StatementLine l) {
        return new PolicyTotal(policyCode, policyName, unit, visits + 1, minutes + l.minutes(),
                coveredAmount + l.coveredAmount(), subsidyFen + l.subsidyFen(), elderPaysFen + l.elderPaysFen());
    }

    static PolicyTotal empty(StatementLine l) {
        return new PolicyTotal(l.policyCode(), l.policyName(), l.unit(), 0, 0, 0, 0, 0);
    }
}
