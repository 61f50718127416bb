package cn.yinling.hotline.cases.entitlement;

import cn.yinling.hotline.cases.policy.SubsidyPolicy;

/** The account and policy that pay for an elder's service on a given day. */
public record Coverage(Long accountId, SubsidyPolicy policy) {
}
