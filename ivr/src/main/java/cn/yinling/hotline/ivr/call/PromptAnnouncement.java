package cn.yinling.hotline.ivr.call;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one {@code VERBOSE} line said before a reply is played: {@code prompt [id id …] words}. The
 * Asterisk console shows it; the AGI simulator and the {@code dial} caller read the ids and words
 * back from it. Ids never contain spaces or brackets, the words may contain anything.
 */
public final class PromptAnnouncement {

    private static final String PREFIX = "prompt [";
    /** Asterisk reads an AGI command into a 2 KB buffer; a longer VERBOSE would be cut anywhere. */
    private static final int MAX_BYTES = 1_800;

    private PromptAnnouncement() {
    }

    public static String format(Prompt prompt) {
        String head = PREFIX + String.join(" ", prompt.ids()) + "] ";
        String text = prompt.text();
        // Chinese is 3 bytes a character in UTF-8; shorten the words (never the ids) to fit.
        int room = (MAX_BYTES - head.getBytes(StandardCharsets.UTF_8).length) / 3;
        if (text.getBytes(StandardCharsets.UTF_8).length > room * 3) {
            text = text.substring(0, Math.max(0, room - 1)) + "…";
        }
        return head + text;
    }

    /** The prompt a VERBOSE message announces, or empty when it is some other message. */
    public static Optional<Prompt> parse(String message) {
        int close = message.indexOf("] ");
        if (!message.startsWith(PREFIX) || close < 0) {
            return Optional.empty();
        }
        String ids = message.substring(PREFIX.length(), close).strip();
        List<String> list = ids.isEmpty() ? List.of() : Arrays.asList(ids.split(" +"));
        return Optional.of(new Prompt(message.substring(close + 2), list));
    }
}
