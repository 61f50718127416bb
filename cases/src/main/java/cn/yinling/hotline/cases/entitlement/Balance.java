package cn.yinling.hotline.cases.entitlement;

import cn.yinling.hotline.cases.policy.EntitlementUnit;
import cn.yinling.hotline.cases.policy.SubsidyCategory;
import java.time.LocalDate;

/**
 * An elder's entitlement under one policy in the current validity window: amounts in the policy's
 * unit (minutes or fen); {@code available} expires on {@code expiresOn} if not used.
 */
public record Balance(String policyCode, String policyName, SubsidyCategory category, EntitlementUnit unit,
        LocalDate windowStart, LocalDate expiresOn, long granted, long held, long consumed, long expired,
        long adjusted, long available, boolean sharedByHousehold) {
}
