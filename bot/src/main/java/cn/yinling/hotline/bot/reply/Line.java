package cn.yinling.hotline.bot.reply;

/**
 * One thing the hotline says: {@code text} for a screen, {@code speech} shorter and in words for the
 * phone. {@code question}: the line asks the question the reply's options answer ("您想约哪一天？"),
 * so a menu is this line and what follows it; what a reply says before (a balance, a read-back) is
 * information, not part of the menu.
 */
public record Line(String text, String speech, boolean question) {

    public Line {
        // An empty speech (a line only screens show) is left out of a stored session and reads back as null.
        speech = speech == null ? "" : speech;
    }

    public Line(String text, String speech) {
        this(text, speech, false);
    }

    public Line asQuestion() {
        return new Line(text, speech, true);
    }
}
