package cn.yinling.hotline.bot.nlu;

/** One utterance as the dialog sees it: the intent (or {@code null} below the confidence threshold) and the slots. */
public record ParsedMessage(String text, String intent, double confidence, Slots slots) {

    public boolean understood() {
        return intent != null;
    }
}
