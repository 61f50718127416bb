package cn.yinling.hotline.cases.elder;

public class AddressChangeLimitException extends RuntimeException {

    private final int limit;

    public AddressChangeLimitException(int limit) {
        super("The service address may change at most " + limit + " times a year");
        this.limit = limit;
    }

    /** How many changes a year the elder's policies allow. */
    public int limit() {
        return limit;
    }
}
