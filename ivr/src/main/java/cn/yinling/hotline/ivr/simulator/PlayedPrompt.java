package cn.yinling.hotline.ivr.simulator;

/**
 * A prompt as the simulated caller heard it.
 *
 * @param id            the sound played ({@code STREAM FILE}/{@code GET DATA} file, directory left off)
 * @param text          its words, from the {@code VERBOSE "prompt <id>: <text>"} before it, or null
 * @param escapeDigits  the keys that could interrupt it
 * @param interruptedBy the key that cut it short, or null when it played out (or the caller hung up)
 * @param seconds       how long it played
 */
public record PlayedPrompt(String id, String text, String escapeDigits, Character interruptedBy, double seconds) {

    public boolean expectsKeys() {
        return !escapeDigits.isEmpty();
    }
}
