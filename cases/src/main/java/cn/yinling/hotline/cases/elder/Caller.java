package cn.yinling.hotline.cases.elder;

import java.util.List;

/**
 * Who a phone number belongs to: an elder calling for themself, or a family member whose bound
 * elders the hotline may act for.
 */
public record Caller(PhoneNumber number, Elder elder, FamilyContact familyContact, List<Elder> actsFor) {

    public boolean isElder() {
        return elder != null;
    }
}
