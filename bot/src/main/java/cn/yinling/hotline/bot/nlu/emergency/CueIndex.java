package cn.yinling.hotline.bot.nlu.emergency;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every cue of every category, indexed by the characters they start with, so that a message is
 * read once: at each position only the cues starting with that character are tried, and most
 * characters of most messages start none. Immutable, thread-safe.
 */
final class CueIndex {

    static final int STRONG = 2;
    static final int UNSURE = 1;

    /** A category as compiled: {@code boosters} raise its unsure cues to strong; unsure cues that {@code addsUp} count together. */
    record Kind(String id, String name, boolean pastOnlyWeakens, boolean addsUp, Phrases boosters) {
    }

    /** A phrase ({@code seconds} empty) or a pair: one of its firsts, then one of {@code seconds} at most {@code within} later. */
    record Cue(Kind kind, int level, List<String> seconds, int within, boolean phrase) {
    }

    /** Where a cue matched: {@code [start, firstEnd)} and, for a pair, {@code [secondStart, end)}. */
    record Hit(Cue cue, int start, int firstEnd, int secondStart, int end) {

        String text(String s) {
            return s.substring(start, end);
        }
    }

    private record Entry(String first, Cue cue) {
    }

    private static final String CHINESE_DIGITS = "零〇一二三四五六七八九幺两";
    private static final Pattern PAIR = Pattern.compile("\\s*([^+]+?)\\s*\\+(\\d*)\\s*([^+]+?)\\s*");

    private final BitSet starts = new BitSet(Character.MAX_VALUE + 1);
    private final Map<Character, Entry[]> byStart;
    private final String clauseMarks;

    private CueIndex(Map<Character, List<Entry>> index, String clauseMarks) {
        this.byStart = new HashMap<>();
        index.forEach((c, entries) -> {
            starts.set(c);
            byStart.put(c, entries.toArray(Entry[]::new));
        });
        this.clauseMarks = clauseMarks;
    }

    static CueIndex compile(List<EmergencyRules.Category> categories, TextForm form, int pairWithin, String clauseMarks) {
        Map<Character, List<Entry>> index = new HashMap<>();
        for (EmergencyRules.Category c : categories) {
            Kind kind = new Kind(c.id(), c.name(), c.pastOnlyWeakens(), c.addsUp(), Phrases.of(c.boosters(), form));
            phrases(c.strong(), new Cue(kind, STRONG, List.of(), 0, true), form, index);
            phrases(c.unsure(), new Cue(kind, UNSURE, List.of(), 0, true), form, index);
            pairs(c.strongPairs(), kind, STRONG, pairWithin, form, index);
            pairs(c.unsurePairs(), kind, UNSURE, pairWithin, form, index);
        }
        return new CueIndex(index, clauseMarks);
    }

    private static void phrases(List<String> words, Cue cue, TextForm form, Map<Character, List<Entry>> index) {
        for (String w : words) {
            add(form.of(w), cue, index);
        }
    }

    /** "A|B + C|D": A or B, then C or D at most {@code pairWithin} later; "A|B +6 C|D": at most 6 later. */
    private static void pairs(List<String> pairs, Kind kind, int level, int pairWithin, TextForm form,
            Map<Character, List<Entry>> index) {
        for (String pair : pairs) {
            Matcher m = PAIR.matcher(pair);
            if (!m.matches()) {
                throw new IllegalArgumentException("A pair is written \"A|B + C|D\" or \"A|B +6 C|D\": " + pair);
            }
            int within = m.group(2).isEmpty() ? pairWithin : Integer.parseInt(m.group(2));
            Cue cue = new Cue(kind, level, alternatives(m.group(3), form), within, false);
            for (String first : alternatives(m.group(1), form)) {
                add(first, cue, index);
            }
        }
    }

    private static List<String> alternatives(String half, TextForm form) {
        List<String> out = new ArrayList<>();
        for (String a : half.split("\\|")) {
            String w = form.of(a);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("An empty alternative in a pair: " + half);
            }
            out.add(w);
        }
        return List.copyOf(out);
    }

    private static void add(String first, Cue cue, Map<Character, List<Entry>> index) {
        if (first.isEmpty()) {
            throw new IllegalArgumentException("An empty cue in category " + cue.kind().id());
        }
        index.computeIfAbsent(first.charAt(0), k -> new ArrayList<>()).add(new Entry(first, cue));
    }

    /** Every cue occurrence in a normalised message, in text order; a pair's parts within one clause. */
    List<Hit> find(String s) {
        List<Hit> hits = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!starts.get(c)) {
                continue;
            }
            for (Entry e : byStart.get(c)) {
                if (!s.startsWith(e.first(), i) || !standsAlone(s, i, i + e.first().length())) {
                    continue;
                }
                Hit hit = e.cue().phrase() ? new Hit(e.cue(), i, i + e.first().length(), i + e.first().length(),
                        i + e.first().length()) : secondOf(s, e, i);
                if (hit != null) {
                    if (hits == null) {
                        hits = new ArrayList<>();
                    }
                    hits.add(hit);
                }
            }
        }
        return hits == null ? List.of() : hits;
    }

    private Hit secondOf(String s, Entry e, int start) {
        int firstEnd = start + e.first().length();
        for (int j = firstEnd; j <= Math.min(s.length() - 1, firstEnd + e.cue().within()); j++) {
            for (String second : e.cue().seconds()) {
                if (s.startsWith(second, j)) {
                    return new Hit(e.cue(), start, firstEnd, j, j + second.length());
                }
            }
            if (clauseMarks.indexOf(s.charAt(j)) >= 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * A cue of digits (120, 幺二零) is not part of a longer number: a phone number (13812012345,
     * 138-120-12345, 幺三八幺二零…), an amount (1200 元, 120.50 元), the last digits of an ID number
     * with its check letter (120X).
     */
    private static boolean standsAlone(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isDigit(s.charAt(i))) {
                return true;
            }
        }
        boolean numberBefore = start > 0 && (isDigit(s.charAt(start - 1))
                || start > 1 && isJoiner(s.charAt(start - 1)) && isDigit(s.charAt(start - 2)));
        boolean numberAfter = end < s.length() && (isDigit(s.charAt(end)) || s.charAt(end) == 'x'
                || end + 1 < s.length() && isJoiner(s.charAt(end)) && isDigit(s.charAt(end + 1)));
        return !numberBefore && !numberAfter;
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == ',' || c == '-';
    }

    /** Arabic digits, and the Chinese numerals people and speech recognisers say numbers in. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || CHINESE_DIGITS.indexOf(c) >= 0;
    }
}
