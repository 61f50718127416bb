package cn.yinling.hotline.cases.sms;

/**
 * A message the gateway could not send. {@code code} is the provider's error code (or our own, such
 * as {@code NO_TEMPLATE}); the message is what staff read on the console next to it, so it never
 * holds a credential.
 */
public class SmsRefusedException extends Exception {

    private final String code;
    private final boolean retryable;

    public SmsRefusedException(String code, String message, boolean retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    /** As the console shows it: code and message, cut to the column's width. */
    String summary() {
        String s = code + ": " + getMessage();
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
