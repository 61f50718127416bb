package cn.yinling.hotline.bot.wechat;

/**
 * The one passive reply of a callback request. The dialog turn runs on the request's own thread;
 * when it takes longer than the reply budget, the {@link ReplyWatchdog} gives WeChat "success"
 * first and the turn's answer goes out later as a customer-service message.
 */
interface PassiveReply {

    /** From now on the reply budget runs: unless a reply is given in time, "success" is. */
    void startBudget();

    /**
     * Gives the reply ({@code null} or blank: WeChat's "success"). False when it came too late:
     * "success" was given when the budget ran out, and this text was not sent.
     */
    boolean give(String text);
}
