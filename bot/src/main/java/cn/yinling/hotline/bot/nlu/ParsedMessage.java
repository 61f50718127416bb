package cn.yinling.hotline.bot.nlu;

/**
 * One utterance as the dialog sees it: the intent (or {@code null} below the confidence threshold),
 * the confidence, the slots, and the model's best guess even when it was not sure enough to keep it
 * (for a clarifying question that names it).
 */
public record ParsedMessage(String text, String intent, double confidence, Slots slots, String guess) {

    /** A message whose intent is sure (or absent): the guess is the intent. */
    public ParsedMessage(String text, String intent, double confidence, Slots slots) {
        this(text, intent, confidence, slots, intent);
    }

    public boolean understood() {
        return intent != null;
    }
}
