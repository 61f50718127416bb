package cn.yinling.hotline.ivr.simulator;

import java.util.List;

/**
 * One reply as the simulated caller heard it: the pieces announced together (one {@code VERBOSE}
 * line, then one {@code STREAM FILE} each), or a single sound played without announcement.
 *
 * @param ids           the sounds played ({@code STREAM FILE}/{@code GET DATA} file, directory left off)
 * @param text          the reply's words from its {@code VERBOSE "prompt [ids] words"}, or null
 * @param escapeDigits  the keys that could interrupt it
 * @param interruptedBy the key that cut it short, or null when it played out (or the caller hung up)
 * @param seconds       how long it played, all pieces together
 */
public record PlayedPrompt(List<String> ids, String text, String escapeDigits, Character interruptedBy, double seconds) {

    public PlayedPrompt {
        ids = List.copyOf(ids);
    }

    /** The ids, space-separated. */
    public String id() {
        return String.join(" ", ids);
    }

    public boolean expectsKeys() {
        return !escapeDigits.isEmpty();
    }
}
