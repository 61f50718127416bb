package cn.yinling.hotline.cases.eligibility;

import cn.yinling.hotline.cases.elder.ElderFlags;
import java.util.EnumSet;
import java.util.Set;

/** One of the record's social-assistance flags, as the policy files name them. */
public enum ElderFlag {
    SANWU, DIBAO, LOW_INCOME, PRIORITY_VETERAN, LABOUR_MODEL, DISABLED;

    static Set<ElderFlag> of(ElderFlags f) {
        Set<ElderFlag> set = EnumSet.noneOf(ElderFlag.class);
        if (f == null) {
            return set;
        }
        add(set, f.sanwu(), SANWU);
        add(set, f.dibao(), DIBAO);
        add(set, f.lowIncome(), LOW_INCOME);
        add(set, f.priorityVeteran(), PRIORITY_VETERAN);
        add(set, f.labourModel(), LABOUR_MODEL);
        add(set, f.disabled(), DISABLED);
        return set;
    }

    private static void add(Set<ElderFlag> set, boolean on, ElderFlag flag) {
        if (on) {
            set.add(flag);
        }
    }
}
