package cn.yinling.hotline.bot.nlu.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regional words rewritten to the Mandarin the model knows best (听日 → 明天, 冲凉 → 洗澡, 几多钱
 * → 多少钱, 莫得 → 没有, 拾掇 → 收拾), read from {@value #RESOURCE}: one {@code word<TAB>mandarin<TAB>where}
 * a line, {@code #} comments. Longest match first, left to right, on simplified text. A word goes
 * in only when it cannot mean anything else on a care hotline. Immutable and thread-safe.
 */
final class DialectLexicon {

    static final String RESOURCE = "nlu/dialect-words.tsv";

    private static final DialectLexicon STANDARD = load();

    /** Entries by first character, longest word first. */
    private final Map<Character, List<String[]>> byFirstChar;

    DialectLexicon(Map<String, String> words) {
        Map<Character, List<String[]>> index = new HashMap<>();
        words.forEach((word, mandarin) -> index.computeIfAbsent(word.charAt(0), c -> new ArrayList<>())
                .add(new String[] {word, mandarin}));
        index.values().forEach(list -> list.sort(Comparator.comparingInt((String[] e) -> -e[0].length())));
        this.byFirstChar = Map.copyOf(index);
    }

    static DialectLexicon standard() {
        return STANDARD;
    }

    /** {@code text} with every regional word replaced by its Mandarin. */
    String toMandarin(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            List<String[]> candidates = byFirstChar.get(text.charAt(i));
            String[] hit = null;
            if (candidates != null) {
                for (String[] e : candidates) {
                    if (text.startsWith(e[0], i)) {
                        hit = e;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8);
            }
            out.append(text, copied, i).append(hit[1]);
            i += hit[0].length();
            copied = i;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static DialectLexicon load() {
        InputStream in = DialectLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Dialect word list not on the classpath: " + RESOURCE);
        }
        Map<String, String> words = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].isBlank() || words.put(cols[0].strip(), cols[1].strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": needs word<TAB>mandarin, once each");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DialectLexicon(words);
    }
}
