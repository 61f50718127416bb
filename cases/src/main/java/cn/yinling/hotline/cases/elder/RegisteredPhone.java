package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A normalised phone number registered to exactly one elder or one family contact. */
@Entity
@Table(name = "phone_number")
public class RegisteredPhone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Enumerated(EnumType.STRING)
    private PhoneNumber.Kind kind;
    private Long elderId;
    private Long familyContactId;

    protected RegisteredPhone() {
    }

    private RegisteredPhone(PhoneNumber number, Long elderId, Long familyContactId) {
        this.number = number.digits();
        this.kind = number.kind();
        this.elderId = elderId;
        this.familyContactId = familyContactId;
    }

    public static RegisteredPhone ofElder(PhoneNumber number, Long elderId) {
        return new RegisteredPhone(number, elderId, null);
    }

    public static RegisteredPhone ofFamilyContact(PhoneNumber number, Long familyContactId) {
        return new RegisteredPhone(number, null, familyContactId);
    }

    public PhoneNumber number() {
        return new PhoneNumber(number, kind);
    }

    public Long getElderId() {
        return elderId;
    }

    public Long getFamilyContactId() {
        return familyContactId;
    }
}
