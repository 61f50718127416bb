package cn.yinling.hotline.cases.eligibility;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/** What eligibility rules read of an elder's record. */
public record ElderFacts(LocalDate birthDate, Registration registration, Set<ElderFlag> flags, int adlItemsNeedingHelp,
        LivingSituation livingSituation, String street, String community) {

    public static ElderFacts of(Elder e) {
        return new ElderFacts(e.getBirthDate(), e.getRegistration(), ElderFlag.of(e.getFlags()),
                e.getAdl() == null ? 0 : e.getAdl().itemsNeedingHelp(), e.getLivingSituation(), e.getStreet(),
                e.getCommunity());
    }

    /** Age in whole years on a day: the 75th birthday is the first day of 75 (a 29 February birthday counts from 1 March). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
