package cn.yinling.hotline.bot.reply;

/**
 * A numbered choice: chat shows "回复1：{label}", voice says "{speech}按1". {@code speech} is a shorter
 * spoken label where a menu must stay short on the phone ("查余额" for "查补贴余额", "星期二" for a day
 * the read-back says in full); null says the label in words.
 */
public record Option(String key, String label, String speech) {

    public Option(String key, String label) {
        this(key, label, null);
    }
}
