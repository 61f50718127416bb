package cn.yinling.hotline.cases.elder;

public class InvalidPhoneNumberException extends IllegalArgumentException {
    public InvalidPhoneNumberException(String raw) {
        super("Not a Chinese phone number: " + raw);
    }
}
