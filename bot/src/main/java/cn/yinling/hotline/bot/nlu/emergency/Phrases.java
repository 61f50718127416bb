package cn.yinling.hotline.bot.nlu.emergency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A short list of words asked where they occur in a normalised message: the context words of the
 * rules (negations, resets, past words). They are only consulted around a cue that was found, so a
 * plain scan is fast enough; the cues themselves go through {@link CueIndex}. Immutable.
 */
final class Phrases {

    private final String[] words;

    private Phrases(String[] words) {
        this.words = words;
    }

    /** Longest words first, so that a match at a position is the longest one there. */
    static Phrases of(Collection<String> words, TextForm form) {
        return new Phrases(words.stream().map(form::of).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new));
    }

    /** The longest word starting at {@code at}, or null. */
    String startingAt(String s, int at) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word ending at {@code end} (exclusive) whose start {@code acceptable} allows, or null. */
    String endingAt(String s, int end, IntPredicate acceptable) {
        for (String w : words) {
            int at = end - w.length();
            if (at >= 0 && s.startsWith(w, at) && acceptable.test(at)) {
                return w;
            }
        }
        return null;
    }

    /** The first word (in the text) lying in {@code [from, to)} and not inside any of {@code not}, or null. */
    String firstIn(String s, int from, int to, List<int[]> not) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (int[] span : spans(s, from, to)) {
            if (span[0] < best && !Spans.inside(span[0], span[1], not)) {
                best = span[0];
                found = s.substring(span[0], span[1]);
            }
        }
        return found;
    }

    /** Every occurrence in {@code [from, to)}, as {start, end} pairs. */
    List<int[]> spans(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (String w : words) {
            for (int at = s.indexOf(w, from); at >= 0 && at + w.length() <= to; at = s.indexOf(w, at + 1)) {
                out.add(new int[] {at, at + w.length()});
            }
        }
        return out;
    }

    boolean isEmpty() {
        return words.length == 0;
    }
}
