package cn.yinling.hotline.cases.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A city's subsidy policy, as data: how much is granted per period, when it expires, who shares
 * it, what an hour costs and who pays what the entitlement does not cover.
 */
@Entity
public class SubsidyPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String city;
    private String name;
    @Enumerated(EnumType.STRING)
    private SubsidyCategory category;
    @Enumerated(EnumType.STRING)
    private EntitlementUnit unit;
    private long amountPerGrant;
    @Enumerated(EnumType.STRING)
    private PeriodKind grantPeriod;
    @Enumerated(EnumType.STRING)
    private PeriodKind validity;
    @Enumerated(EnumType.STRING)
    private PolicyScope scope;
    private long pricePerHourFen;
    private boolean overagePaidByElder;
    private Integer maxAddressChangesPerYear;
    private String description;
    private String rulesHash;
    private Integer roundingUnit;
    @Enumerated(EnumType.STRING)
    private VisitRounding.Mode roundingMode;
    private Integer roundingMinimum;

    protected SubsidyPolicy() {
    }

    public SubsidyPolicy(PolicyDefinition d) {
        update(d);
    }

    void update(PolicyDefinition d) {
        d.validate();
        this.code = d.code();
        this.city = d.city();
        this.name = d.name();
        this.category = d.category();
        this.unit = d.unit();
        this.amountPerGrant = d.amountPerGrant();
        this.grantPeriod = d.grantPeriod();
        this.validity = d.validity();
        this.scope = d.scope();
        this.pricePerHourFen = d.pricePerHourFen();
        this.overagePaidByElder = d.overagePaidByElder();
        this.maxAddressChangesPerYear = d.maxAddressChangesPerYear();
        this.description = d.description();
        VisitRounding r = d.visitRounding();
        this.roundingUnit = r == null ? null : r.unit();
        this.roundingMode = r == null ? null : r.mode();
        this.roundingMinimum = r == null ? null : r.minimum();
    }

    /** How this policy counts a visit's minutes; the recorded minutes when the policy says nothing. */
    public VisitRounding visitRounding() {
        return roundingUnit == null ? VisitRounding.EXACT
                : new VisitRounding(roundingUnit, roundingMode, roundingMinimum == null ? 0 : roundingMinimum);
    }

    /** The validity window (grants in it expire together at its end) that contains the day. */
    public BenefitPeriod windowContaining(LocalDate day) {
        return validity.containing(day);
    }

    /**
     * What a service of the given length costs in this policy's unit: minutes for hour-based
     * policies, fen at the service's own hourly price for money-based ones (rounded half up).
     */
    public long costOf(int minutes, long servicePricePerHourFen) {
        return unit == EntitlementUnit.MINUTES ? minutes : fenFor(minutes, servicePricePerHourFen);
    }

    /** What the elder pays for the part of a service not covered, in fen. */
    public long elderShareFen(long uncoveredInUnit, long servicePricePerHourFen) {
        if (!overagePaidByElder || uncoveredInUnit <= 0) {
            return 0;
        }
        return unit == EntitlementUnit.FEN ? uncoveredInUnit : fenFor(uncoveredInUnit, servicePricePerHourFen);
    }

    /**
     * What the government pays the provider for an amount the subsidy covered, in fen: covered
     * minutes at this policy's hourly rate (rounded half up to the fen, per visit), or the covered
     * voucher fen as they are. The one conversion of a policy's unit into money for settlement.
     */
    public long subsidyFen(long coveredInUnit) {
        return unit == EntitlementUnit.FEN ? coveredInUnit : fenFor(coveredInUnit, pricePerHourFen);
    }

    public static long fenFor(long minutes, long pricePerHourFen) {
        return BigDecimal.valueOf(minutes).multiply(BigDecimal.valueOf(pricePerHourFen))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCity() {
        return city;
    }

    public String getName() {
        return name;
    }

    public SubsidyCategory getCategory() {
        return category;
    }

    public EntitlementUnit getUnit() {
        return unit;
    }

    public long getAmountPerGrant() {
        return amountPerGrant;
    }

    public PeriodKind getGrantPeriod() {
        return grantPeriod;
    }

    public PeriodKind getValidity() {
        return validity;
    }

    public PolicyScope getScope() {
        return scope;
    }

    public long getPricePerHourFen() {
        return pricePerHourFen;
    }

    public boolean isOveragePaidByElder() {
        return overagePaidByElder;
    }

    public Integer getMaxAddressChangesPerYear() {
        return maxAddressChangesPerYear;
    }

    /** The hash of the eligibility rules last evaluated for everyone (see cases/eligibility). */
    public String getRulesHash() {
        return rulesHash;
    }

    public String getDescription() {
        return description;
    }
}
