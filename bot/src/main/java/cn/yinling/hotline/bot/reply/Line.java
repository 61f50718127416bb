package cn.yinling.hotline.bot.reply;

/** One thing the hotline says: {@code text} for a screen, {@code speech} shorter and in words for the phone. */
public record Line(String text, String speech) {
}
