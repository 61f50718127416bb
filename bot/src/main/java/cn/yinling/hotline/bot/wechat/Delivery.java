package cn.yinling.hotline.bot.wechat;

/** The outcome of one customer-service message: delivered, or WeChat's {@code errcode} and message. */
record Delivery(boolean delivered, int errcode, String error) {

    static Delivery ok() {
        return new Delivery(true, 0, null);
    }

    static Delivery failed(int errcode, String error) {
        return new Delivery(false, errcode, error);
    }
}
