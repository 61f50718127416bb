package cn.yinling.hotline.cases.elder;

import org.springframework.dao.DataIntegrityViolationException;

/** A number is registered to one person only, so that caller ID finds exactly one elder. */
public class PhoneNumberTakenException extends DataIntegrityViolationException {

    private final PhoneNumber number;

    public PhoneNumberTakenException(PhoneNumber number) {
        super("Phone number " + number + " is already registered");
        this.number = number;
    }

    public PhoneNumber number() {
        return number;
    }
}
