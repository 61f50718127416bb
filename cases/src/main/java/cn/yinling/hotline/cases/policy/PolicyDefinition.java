package cn.yinling.hotline.cases.policy;

import cn.yinling.hotline.cases.eligibility.EligibilityRules;

/** One policy as written in a policy YAML file. */
public record PolicyDefinition(
        String code,
        String city,
        String name,
        SubsidyCategory category,
        EntitlementUnit unit,
        long amountPerGrant,
        PeriodKind grantPeriod,
        PeriodKind validity,
        PolicyScope scope,
        long pricePerHourFen,
        boolean overagePaidByElder,
        Integer maxAddressChangesPerYear,
        String description,
        EligibilityRules eligibility,
        VisitRounding visitRounding) {

    void validate() {
        require(code != null && !code.isBlank(), "code is required");
        require(city != null && name != null, code + ": city and name are required");
        require(category != null && unit != null && scope != null, code + ": category, unit and scope are required");
        require(grantPeriod != null && validity != null, code + ": grantPeriod and validity are required");
        require(amountPerGrant > 0, code + ": amountPerGrant must be positive");
        require(pricePerHourFen >= 0, code + ": pricePerHourFen must not be negative");
        // A grant must not outlive its validity window: a monthly grant may expire at quarter end, not the reverse.
        require(!(grantPeriod == PeriodKind.QUARTER && validity == PeriodKind.MONTH),
                code + ": a quarterly grant cannot expire monthly");
        if (eligibility != null) {
            eligibility.validate(code);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid policy: " + message);
        }
    }
}
