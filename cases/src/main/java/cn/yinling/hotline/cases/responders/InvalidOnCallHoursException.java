package cn.yinling.hotline.cases.responders;

/** Hours on call that cannot be read as windows such as {@code 08:00-20:00}. */
public class InvalidOnCallHoursException extends IllegalArgumentException {

    private final String typed;

    public InvalidOnCallHoursException(String typed) {
        super("Not hours on call: " + typed);
        this.typed = typed;
    }

    public String typed() {
        return typed;
    }
}
