package cn.yinling.hotline.bot.takeover;

/** Sends a text to a WeChat follower (customer-service message); implemented by the WeChat adapter. */
public interface WechatOutbox {

    /** Null when delivered; otherwise why not. */
    Failure send(String openid, String text);

    record Failure(int errcode, String error) {
    }
}
