package cn.yinling.hotline.cases.elder;

public class AddressChangeLimitException extends RuntimeException {
    public AddressChangeLimitException(int limit) {
        super("The service address may change at most " + limit + " times a year");
    }
}
