package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing an elder's numbers, address and family contacts: all or nothing, one owner per number. */
class ElderRecordEditingTest extends CasesSpringTest {

    @Autowired
    Elders elders;

    @Test
    void phonesAreReplacedInTheirCanonicalSpelling() {
        Elder e = street.elderWithPolicy(community, null);
        String mobile = "135" + String.format("%08d", e.getId());
        elders.addPhone(e.elderId(), "0555-7" + String.format("%06d", e.getId()));
        elders.replacePhones(e.elderId(), List.of("+86 " + mobile, mobile));
        assertThat(elders.phonesOf(e.elderId())).extracting(PhoneNumber::digits).containsExactly(mobile);
        assertThat(elders.findByPhone("7" + String.format("%06d", e.getId()))).isEmpty();
    }

    @Test
    void aBadOrTakenNumberChangesNothing() {
        Elder a = street.elderWithPolicy(community, null);
        Elder b = street.elderWithPolicy(community, null);
        String mine = "134" + String.format("%08d", a.getId());
        String theirs = "134" + String.format("%08d", b.getId());
        elders.addPhone(a.elderId(), mine);
        elders.addPhone(b.elderId(), theirs);
        assertThatThrownBy(() -> elders.replacePhones(a.elderId(), List.of("12345")))
                .isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> elders.replacePhones(a.elderId(), List.of(theirs)))
                .isInstanceOfSatisfying(PhoneNumberTakenException.class, x -> assertThat(x.number().digits()).isEqualTo(theirs));
        assertThat(elders.phonesOf(a.elderId())).extracting(PhoneNumber::digits).containsExactly(mine);
    }

    @Test
    void aFamilyContactIsEditedAndRemoved() {
        Elder e = street.elderWithPolicy(community, null);
        String old = "133" + String.format("%08d", e.getId());
        String changed = "132" + String.format("%08d", e.getId());
        FamilyContact f = elders.addFamilyContact(e.elderId(), "王磊", "儿子", old, false);
        elders.updateFamilyContact(e.elderId(), f.getId(), "王磊", "长子", "+86" + changed, true);
        assertThat(elders.familyOf(e.elderId())).singleElement().satisfies(x -> {
            assertThat(x.getRelation()).isEqualTo("长子");
            assertThat(x.isNotifyConsent()).isTrue();
        });
        assertThat(elders.phonesOfFamilyContact(f.getId())).extracting(PhoneNumber::digits).containsExactly(changed);
        assertThat(elders.findByPhone(old)).isEmpty();
        elders.removeFamilyContact(e.elderId(), f.getId());
        assertThat(elders.familyOf(e.elderId())).isEmpty();
        assertThat(elders.findByPhone(changed)).isEmpty();
    }

    @Test
    void aContactWithAWechatBindingIsNotRemovedNorAnotherEldersContactTouched() {
        Elder e = street.elderWithPolicy(community, null);
        Elder other = street.elderWithPolicy(community, null);
        FamilyContact f = elders.addFamilyContact(e.elderId(), "王芳", "女儿", null, true);
        elders.bindWechat(f.getId(), "openid-" + f.getId());
        assertThatThrownBy(() -> elders.removeFamilyContact(e.elderId(), f.getId()))
                .isInstanceOf(FamilyContactBoundException.class);
        assertThatThrownBy(() -> elders.updateFamilyContact(other.elderId(), f.getId(), "x", "y", null, false))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theSameAddressAgainIsNoChange() {
        Elder e = street.elderWithPolicy(community, null);
        elders.changeAddress(e.elderId(), e.getAddress());
        elders.changeAddress(e.elderId(), "新地址路1号");
        assertThat(elders.get(e.elderId()).getAddress()).isEqualTo("新地址路1号");
    }
}
