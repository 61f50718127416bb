package cn.yinling.hotline.cases;

/**
 * A text someone wrote is longer than the record keeps (its column). Refused whole: cutting it
 * would store something the writer did not say. Channels check first and ask for a shorter text;
 * this is what any caller that did not check gets instead of a database error.
 */
public class TextTooLongException extends IllegalArgumentException {

    private final String field;
    private final int max;

    public TextTooLongException(String field, int max, int length) {
        super(field + " has " + length + " characters, at most " + max + " are kept");
        this.field = field;
        this.max = max;
    }

    /** Refuses {@code text} when it is longer than {@code max}; null is fine. */
    public static void check(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new TextTooLongException(field, max, text.length());
        }
    }

    public String field() {
        return field;
    }

    public int max() {
        return max;
    }
}
