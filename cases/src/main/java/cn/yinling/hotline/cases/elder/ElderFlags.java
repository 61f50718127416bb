package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The social-assistance flags that decide which subsidy category an elder may get. */
@Embeddable
public record ElderFlags(
        @Column(name = "flag_sanwu") boolean sanwu,
        @Column(name = "flag_dibao") boolean dibao,
        @Column(name = "flag_low_income") boolean lowIncome,
        @Column(name = "flag_priority_veteran") boolean priorityVeteran,
        @Column(name = "flag_labour_model") boolean labourModel,
        @Column(name = "flag_disabled") boolean disabled) {

    public static ElderFlags none() {
        return new ElderFlags(false, false, false, false, false, false);
    }
}
