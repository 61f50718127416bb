package cn.yinling.hotline.cases.responders;

/** The person is on the elder's responder list already; the list calls each person once. */
public class AlreadyResponderException extends IllegalArgumentException {

    private final String name;

    public AlreadyResponderException(String name) {
        super(name + " is a responder already");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
