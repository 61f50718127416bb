package cn.yinling.hotline.bot.wechat;

/** Remembers which messages were taken, so WeChat's retries of one message are processed once. */
interface MessageDedup {

    /** True exactly once per key within the time-to-live, across every caller sharing the store. */
    boolean firstTime(String key);
}
