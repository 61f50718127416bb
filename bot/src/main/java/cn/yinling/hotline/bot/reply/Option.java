package cn.yinling.hotline.bot.reply;

/** A numbered choice: chat shows "回复1：…", voice says "…请按1". */
public record Option(String key, String label) {
}
