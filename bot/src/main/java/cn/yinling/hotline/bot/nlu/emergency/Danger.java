package cn.yinling.hotline.bot.nlu.emergency;

/**
 * What the emergency detector made of one message, and why: the cue it recognised, the category
 * of danger, and the word that weakened or denied the cue, if any ("我没摔倒": {@code 没}). The
 * dialog puts this on the emergency case, so an agent sees what was recognised.
 *
 * @param verdict      what to do
 * @param category     the category id of the deciding cue ({@code fall}, {@code chest_pain}, …), or null
 * @param categoryName the category as agents read it ({@code 跌倒}), or null
 * @param cue          the words that matched, in normalised form ({@code 摔倒}, {@code 胸口疼}), or null
 * @param weakenedBy   the negation, past or hypothetical word that weakened or denied the cue, or null
 */
public record Danger(Verdict verdict, String category, String categoryName, String cue, String weakenedBy) {

    public static final Danger NONE = new Danger(Verdict.NONE, null, null, null, null);

    public enum Verdict {
        /** Danger now: a person at once, priority 1. */
        EMERGENCY,
        /** A weak or weakened cue: ask one short question rather than guess. */
        UNSURE,
        /**
         * Danger words plainly denied or in the past ("我没摔倒", "上次胸口疼查过了没事"): no emergency,
         * whatever the intent model thinks. A cue only weakened away (昨天…今天好多了) is {@link #NONE}.
         */
        DENIED,
        /** No danger words. */
        NONE
    }

    public boolean emergency() {
        return verdict == Verdict.EMERGENCY;
    }

    public boolean unsure() {
        return verdict == Verdict.UNSURE;
    }

    public boolean denied() {
        return verdict == Verdict.DENIED;
    }

    /** For logs and test messages: {@code EMERGENCY fall "摔倒"}, {@code DENIED fall "摔倒" by "没"}. */
    @Override
    public String toString() {
        if (verdict == Verdict.NONE) {
            return "NONE";
        }
        return verdict + " " + category + " \"" + cue + "\"" + (weakenedBy == null ? "" : " by \"" + weakenedBy + "\"");
    }
}
